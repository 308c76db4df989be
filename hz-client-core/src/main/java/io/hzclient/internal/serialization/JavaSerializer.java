package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;

/**
 * Java serialization (-100), the members' layout: the ObjectOutputStream bytes, no length. Reading runs an
 * ObjectInputFilter that refuses every class outside the allow-list before it is loaded, which is what keeps
 * a forged byte stream from instantiating gadget classes.
 */
final class JavaSerializer implements StreamSerializer<Object> {
    private final JavaAllowList allowList;

    JavaSerializer(JavaAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public int typeId() {
        return TypeIds.JAVA_SERIALIZABLE;
    }

    @Override
    public void write(ObjectDataOutput out, Object value) {
        try {
            ObjectOutputStream oos = new CheckingOutputStream(new OutputStream() {
                @Override
                public void write(int b) {
                    out.writeByte(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    out.write(b, off, len);
                }
            });
            oos.writeObject(value);
            oos.flush();
        } catch (IOException e) {
            throw new SerializationException("Java serialization of " + value.getClass().getName() + " failed: " + e, e);
        }
    }

    @Override
    public Object read(ObjectDataInput in) {
        try {
            ObjectInputStream ois = new ObjectInputStream(new InputStream() {
                @Override
                public int read() {
                    return in.available() > 0 ? in.readByte() & 0xFF : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    int n = Math.min(len, in.available());
                    if (n <= 0) {
                        return len == 0 ? 0 : -1;
                    }
                    in.readFully(b, off, n);
                    return n;
                }
            }) {
                @Override
                protected Class<?> resolveClass(ObjectStreamClass desc) throws ClassNotFoundException {
                    try {
                        return ClassNames.load(desc.getName());
                    } catch (SerializationException e) {
                        throw new ClassNotFoundException(desc.getName(), e);
                    }
                }
            };
            String[] refused = new String[1];
            ois.setObjectInputFilter(info -> check(info, refused));
            try {
                return ois.readObject();
            } catch (InvalidClassException e) {
                throw new SerializationException("Java deserialization refused " + refused[0]
                        + ": it is not in the allow-list of SerializationConfig", e);
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new SerializationException("Java deserialization failed: " + e, e);
        }
    }

    /** Refuses to write an object graph that the reading side would refuse. */
    private final class CheckingOutputStream extends ObjectOutputStream {
        CheckingOutputStream(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            Class<?> c = obj.getClass();
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (!c.isPrimitive() && !allowList.allows(c)) {
                throw new SerializationException("Java serialization refused " + c.getName()
                        + ": it is not in the allow-list of SerializationConfig");
            }
            return obj;
        }
    }

    private ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info, String[] refused) {
        Class<?> c = info.serialClass();
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || allowList.allows(c)) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        refused[0] = c.getName();
        return ObjectInputFilter.Status.REJECTED;
    }
}
