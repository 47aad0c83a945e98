// Search suggestions: fills the <datalist> of each search field from /<lang>/sok/forslag/.
// Without JavaScript the fields are plain search fields.
(function () {
  "use strict";
  var DELAY_MS = 200;

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-suggest-url");
    if (!list || !url || !window.fetch) {
      return;
    }
    var timer = null;
    var lastQuery = "";
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var query = input.value.trim();
        if (query.length < 2 || query === lastQuery) {
          return;
        }
        lastQuery = query;
        fetch(url + "?q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        })
          .then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
          })
          .then(function (data) {
            if (input.value.trim() !== query) {
              return;
            }
            list.replaceChildren();
            (data.suggestions || []).forEach(function (text) {
              var option = document.createElement("option");
              option.value = text;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, DELAY_MS);
    });
  }

  document.querySelectorAll("input[data-suggest-url][list]").forEach(function (input) {
    if (!input.dataset.suggestReady) {
      input.dataset.suggestReady = "1";
      attach(input);
    }
  });
})();
