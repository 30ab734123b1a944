// chronik: small enhancements only; every page works without this file.
(function () {
  "use strict";

  // "Cite this entry": the reader's access date rather than the build date.
  var today = new Date();
  var iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" +
    String(today.getDate()).padStart(2, "0");
  document.querySelectorAll("[data-accessed]").forEach(function (el) { el.textContent = iso; });

  // Source pages: when a link lands on a line (#L16), mark every line of the entries using it.
  function markRange() {
    document.querySelectorAll(".source-text .in-range").forEach(function (el) { el.classList.remove("in-range"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^L\d+$/.test(id)) { return; }
    var line = document.getElementById(id);
    if (!line || !line.dataset.entries) { return; }
    var wanted = line.dataset.entries.split(" ");
    document.querySelectorAll(".source-text li[data-entries]").forEach(function (el) {
      var has = el.dataset.entries.split(" ");
      if (wanted.some(function (n) { return has.indexOf(n) >= 0; })) { el.classList.add("in-range"); }
    });
  }
  if (document.querySelector(".source-text")) {
    window.addEventListener("hashchange", markRange);
    markRange();
  }
}());
