package io.hzclient.collection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the item events it hears, in order, as "added:x" / "removed:x" (x is null without values). */
public final class ItemRecorder<E> implements ItemListener<E> {
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final List<ItemEvent<E>> raw = new CopyOnWriteArrayList<>();

    @Override
    public void itemAdded(ItemEvent<E> event) {
        raw.add(event);
        events.add("added:" + event.item());
    }

    @Override
    public void itemRemoved(ItemEvent<E> event) {
        raw.add(event);
        events.add("removed:" + event.item());
    }
}
