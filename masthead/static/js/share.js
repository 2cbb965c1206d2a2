/*
 * Share links and the republish kit, progressively enhanced (masthead/sharing/).
 * Everything works without this file: the links are plain links, "Copy link" is the
 * article's address and the kit is selectable text. With it:
 *  - a "Share…" button opens the device's share sheet where the browser has the Web Share API;
 *  - "Copy link" and "Copy the HTML" copy to the clipboard and say so;
 *  - each reader who copies the kit gets a fresh random kit id (the page itself is cached and
 *    the same for everyone).
 * First-party, loaded with <script src defer>; no inline script, nothing sent anywhere.
 */
(function () {
  "use strict";

  // The status next to a copy control says "Copied." in the page's language (data-copied).
  function announce(near) {
    var status = near.parentNode && near.parentNode.querySelector("[data-copy-status]");
    if (status) {
      status.textContent = status.getAttribute("data-copied") || "";
    }
  }

  function copyText(text, near) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { announce(near); }, function () {});
      return true;
    }
    return false;
  }

  // Web Share API: shown only where the browser has it.
  if (navigator.share) {
    document.querySelectorAll("[data-share-native]").forEach(function (item) {
      var button = item.querySelector("button");
      var nav = item.closest("nav");
      var copy = nav && nav.querySelector("[data-copy-link]");
      if (!button || !copy) {
        return;
      }
      item.hidden = false;
      button.addEventListener("click", function () {
        navigator.share({ title: button.getAttribute("data-title") || document.title, url: copy.href })
          .catch(function () { /* the reader closed the sheet */ });
      });
    });
  }

  // Mastodon: the reader chose their server; go on to its share page (the link stays there
  // for browsers without JavaScript).
  var onward = document.querySelector("a[data-follow-now]");
  if (onward) {
    window.location.assign(onward.href);
  }

  // "Copy link": copies the address instead of following it, where the clipboard is there.
  document.querySelectorAll("[data-copy-link]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (copyText(link.href, link)) {
        event.preventDefault();
      }
    });
  });

  // The republish kit: a fresh kit id per reader, and a copy button.
  function randomId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    var text = "";
    bytes.forEach(function (b) { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  document.querySelectorAll("textarea[data-kit-id]").forEach(function (area) {
    var old = area.getAttribute("data-kit-id");
    if (old && window.crypto && window.crypto.getRandomValues) {
      var fresh = randomId();
      area.value = area.value.split("/" + old + ".gif").join("/" + fresh + ".gif");
      area.setAttribute("data-kit-id", fresh);
    }
  });

  document.querySelectorAll("button[data-copy-from]").forEach(function (button) {
    var area = document.getElementById(button.getAttribute("data-copy-from"));
    if (!area || !(navigator.clipboard && window.isSecureContext)) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      area.select();
      copyText(area.value, button);
    });
  });
})();
