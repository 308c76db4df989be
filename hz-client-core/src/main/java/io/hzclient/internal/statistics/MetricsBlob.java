package io.hzclient.internal.statistics;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DeflaterOutputStream;

/**
 * Metrics in the member's compressed format (the {@code metricsBlob} of {@code Client.statistics}, as the protocol
 * definition describes it): version 1; a dictionary of every string, sorted, each entry sharing a prefix with the
 * one before it, deflated; then the metric records, deflated. Each record here writes every field (its mask says
 * nothing is the same as in the record before), which the format allows and keeps this simple. A metric whose
 * strings are longer than 255 characters (the format's limit) is left out.
 */
final class MetricsBlob {
    private static final int VERSION = 1;
    private static final int MAX_WORD = 255;
    private static final int NULL_ID = -1;
    private static final int LONG = 0;
    private static final int DOUBLE = 1;

    /** The member's units, by their ordinal there. */
    enum Unit {
        BYTES, MS, NS, PERCENT, COUNT, BOOLEAN, ENUM, US
    }

    private record Metric(String prefix, String name, String discriminator, String discriminatorValue, Unit unit,
                          boolean isLong, long longValue, double doubleValue) {
    }

    private final List<Metric> metrics = new ArrayList<>();

    /** A whole-number metric: {@code prefix.name}, of the object {@code discriminator=discriminatorValue} if any. */
    void addLong(String prefix, String discriminator, String discriminatorValue, String name, Unit unit, long value) {
        add(new Metric(prefix, name, discriminator, discriminatorValue, unit, true, value, 0));
    }

    /** A fractional metric, as {@link #addLong}. */
    void addDouble(String prefix, String discriminator, String discriminatorValue, String name, Unit unit,
                   double value) {
        add(new Metric(prefix, name, discriminator, discriminatorValue, unit, false, 0, value));
    }

    private void add(Metric m) {
        if (fits(m.prefix) && fits(m.name) && fits(m.discriminator) && fits(m.discriminatorValue)) {
            metrics.add(m);
        }
    }

    private static boolean fits(String word) {
        return word == null || word.length() <= MAX_WORD;
    }

    int count() {
        return metrics.size();
    }

    /** The blob of every metric added. */
    byte[] toBytes() {
        Map<String, Integer> dictionary = new TreeMap<>();
        for (Metric m : metrics) {
            for (String word : new String[] {m.prefix, m.name, m.discriminator, m.discriminatorValue}) {
                if (word != null) {
                    dictionary.putIfAbsent(word, dictionary.size());
                }
            }
        }
        try {
            byte[] dictionaryBlob = deflate(dictionaryBytes(dictionary));
            byte[] metricsBlob = deflate(metricBytes(dictionary));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(dictionaryBlob.length + metricsBlob.length + 10);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(VERSION);
            out.writeInt(dictionaryBlob.length);
            out.write(dictionaryBlob);
            out.writeInt(metrics.size());
            out.write(metricsBlob);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static byte[] dictionaryBytes(Map<String, Integer> dictionary) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(dictionary.size());
        String previous = "";
        for (Map.Entry<String, Integer> e : dictionary.entrySet()) { // sorted by the word
            String word = e.getKey();
            int shared = sharedPrefix(previous, word);
            out.writeInt(e.getValue());
            out.writeByte(shared);
            out.writeByte(word.length() - shared);
            for (int i = shared; i < word.length(); i++) {
                out.writeChar(word.charAt(i));
            }
            previous = word;
        }
        return bytes.toByteArray();
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private byte[] metricBytes(Map<String, Integer> dictionary) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (Metric m : metrics) {
            out.writeByte(0); // mask: no field taken from the record before
            out.writeInt(id(dictionary, m.prefix));
            out.writeInt(id(dictionary, m.name));
            out.writeInt(id(dictionary, m.discriminator));
            out.writeInt(id(dictionary, m.discriminatorValue));
            out.writeByte(m.unit.ordinal());
            out.writeByte(0); // excluded targets: none
            out.writeByte(0); // tags: none
            if (m.isLong) {
                out.writeByte(LONG);
                out.writeLong(m.longValue);
            } else {
                out.writeByte(DOUBLE);
                out.writeDouble(m.doubleValue);
            }
        }
        return bytes.toByteArray();
    }

    private static int id(Map<String, Integer> dictionary, String word) {
        return word == null ? NULL_ID : dictionary.get(word);
    }

    private static byte[] deflate(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }
}
