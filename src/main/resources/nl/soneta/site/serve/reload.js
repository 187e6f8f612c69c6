// Live reload for the preview server (`serve`) only: never part of a built site.
// The server sends a "reload" event after every rebuild that changed the site or broke it; the page then reloads,
// showing either the new version or the error page with what to fix.
const events = new EventSource("/_soneta/events");
events.addEventListener("reload", () => location.reload());
