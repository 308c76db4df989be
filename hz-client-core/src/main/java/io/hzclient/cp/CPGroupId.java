package io.hzclient.cp;

/**
 * A CP group: the Raft group of CP members that holds a CP object. Objects named without a group ({@code counter})
 * are in the {@code default} group; {@code counter@orders} is in the group {@code orders}.
 *
 * @param name the group's name
 * @param seed the seed the group was created with (a group created again after its destruction has another)
 * @param id   the group's id
 */
public record CPGroupId(String name, long seed, long id) {
}
