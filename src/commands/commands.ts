/*
 * Ribbon commands. The only ribbon button opens the task pane (ShowTaskpane, declared in manifest.xml), so no
 * function command is registered yet; this bundle is loaded by taskpane.html (shared runtime: one page runs the
 * pane, the commands and the custom functions) and by commands.html (kept like the Office React template).
 */
Office.onReady(() => {
  // Nothing to associate: see the comment above. Function commands would go here (Office.actions.associate).
});
