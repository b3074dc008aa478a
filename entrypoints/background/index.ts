export default defineBackground(() => {
  // Setup calls arrive with the sync issue.
});
