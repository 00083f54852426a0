package org.beaconportal.core.application;

/**
 * Someone else saved the item after the editor opened it. The editor's text is not saved; the page
 * keeps it on screen next to the current version so nothing is lost.
 */
public class ConcurrentEditException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final String otherEditor;
    private final long currentVersion;

    public ConcurrentEditException(String otherEditor, long currentVersion) {
        super("content.conflict", otherEditor);
        this.otherEditor = otherEditor;
        this.currentVersion = currentVersion;
    }

    public String otherEditor() {
        return otherEditor;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
