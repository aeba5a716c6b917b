// An init script for every frame: records uncaught errors and unhandled promise rejections in
// `window.__benchErrors`, so the sweep can read them from the app frame. A string, not a
// function, so no transpiler helper can sneak into it.
export const ERROR_TRAP_SCRIPT = `
  window.__benchErrors = [];
  window.addEventListener('error', function (event) {
    if (event instanceof ErrorEvent) window.__benchErrors.push('uncaught: ' + (event.message || String(event.error)));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    window.__benchErrors.push('unhandled rejection: ' + (reason && reason.message ? reason.message : String(reason)));
  });
`;
