package io.hzclient.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package dependencies of compiled classes, read from their constant pools: every class a class names (its
 * class entries) and every type in its descriptors and generic signatures (fields, methods, lambdas, annotations).
 */
final class ClassDependencies {
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([A-Za-z0-9_$/]+)[;<]");

    private ClassDependencies() {
    }

    /**
     * For every package under {@code prefix} (dotted, e.g. {@code io.hzclient.internal}): each other such package it
     * uses, and the classes of its own that use it.
     */
    static Map<String, Map<String, Set<String>>> packageGraph(Path classesRoot, String prefix) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classesRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = classesRoot.relativize(file).toString().replace('\\', '/')
                        .replaceAll("\\.class$", "").replace('/', '.');
                String from = packageOf(className);
                if (!from.startsWith(prefix)) {
                    continue;
                }
                graph.computeIfAbsent(from, p -> new TreeMap<>());
                for (String used : referencedClasses(Files.readAllBytes(file))) {
                    String to = packageOf(used);
                    if (to.startsWith(prefix) && !to.equals(from)) {
                        graph.get(from).computeIfAbsent(to, p -> new TreeSet<>()).add(topLevel(className));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Binary names (dotted) of the classes a class file refers to. */
    static Set<String> referencedClasses(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two entries
                }
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> result = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                addDescriptorTypes(name, result); // an array class: its element type
            } else {
                result.add(name.replace('/', '.'));
            }
        }
        for (String s : utf8) {
            if (s != null) {
                addDescriptorTypes(s, result); // field and method descriptors, signatures, annotation types
            }
        }
        return result;
    }

    private static void addDescriptorTypes(String descriptor, Set<String> into) {
        Matcher m = DESCRIPTOR_TYPE.matcher(descriptor);
        while (m.find()) {
            into.add(m.group(1).replace('/', '.'));
        }
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
