/** CSV written for spreadsheets: every field quoted, no cell a live formula. */
package org.newsgraph.csv;
