// The membership prompt is in every cached page, the same for everyone. For a reader who may
// be a member, ask the uncached status endpoint and show the thanks instead.
// Who may be one: the "masthead_member" hint cookie (set by the members' area and the status
// answer), or a reader with a CSRF cookie (they used a form, perhaps the sign-in) not yet
// asked under that token: Django renews the token at sign-in, so signing in asks again.
// Everyone else never leaves the cached page. Without JavaScript the prompt simply stays.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-status-url");
  var prompts = document.querySelectorAll("[data-membership-prompt]");
  if (!url || !prompts.length || !window.fetch) return;
  var cookies = {};
  document.cookie.split(";").forEach(function (part) {
    var index = part.indexOf("=");
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  });
  var token = cookies.csrftoken || "";
  var checked = "";
  try { checked = window.sessionStorage.getItem("masthead-member-checked") || ""; } catch (e) { /* private mode */ }
  if (cookies.masthead_member !== "1" && (!token || checked === token)) return;
  fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) return;
      if (!data.member) {
        try { window.sessionStorage.setItem("masthead-member-checked", token); } catch (e) { /* ignore */ }
        return;
      }
      prompts.forEach(function (prompt) {
        var thanks = document.createElement("p");
        thanks.className = "membership-prompt__thanks";
        thanks.textContent = data.thanks;
        prompt.replaceChildren(thanks);
        prompt.setAttribute("data-membership-prompt", "thanks");
      });
    })
    .catch(function () { /* the prompt stays */ });
})();
