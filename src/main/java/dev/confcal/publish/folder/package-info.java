/**
 * A folder of notes (an Obsidian or Logseq vault, a Git repository): which files in it are conferences, and the
 * slug each is published under ({@link dev.confcal.publish.folder.NotesFolder}). Each conference then goes through
 * the same ledger and publishing as a single notes file.
 */
package dev.confcal.publish.folder;
