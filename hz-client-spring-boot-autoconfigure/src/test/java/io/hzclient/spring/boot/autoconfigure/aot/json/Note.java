package io.hzclient.spring.boot.autoconfigure.aot.json;

/** A class of a package named by {@code hz.client.serialization.json.packages}. */
public class Note {
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
