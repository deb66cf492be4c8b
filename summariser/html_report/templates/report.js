(function () {
  "use strict";
  // Interaction only: the page is complete without this script.
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function quoted(id) { return '"' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"'; }
  function claimEl(view, id) { return view.querySelector("[data-claim-id=" + quoted(id) + "]"); }
  function picked(view) { return view.querySelector(".picked"); }

  function clear(view) {
    each(view.querySelectorAll(".active"), function (el) { el.classList.remove("active"); });
    each(view.querySelectorAll("[aria-pressed=true]"), function (el) {
      el.setAttribute("aria-pressed", "false");
    });
    view.classList.remove("selecting");
    var panel = picked(view);
    if (panel) { panel.hidden = true; panel.textContent = ""; }
  }

  function selectClaim(view, id) {
    clear(view);
    var claim = claimEl(view, id);
    if (!claim) { return; }
    claim.classList.add("active");
    claim.setAttribute("aria-pressed", "true");
    view.classList.add("selecting");
    var marks = view.querySelectorAll("mark[data-claim~=" + quoted(id) + "]");
    each(marks, function (m) { m.classList.add("active"); });
    if (marks.length) { marks[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
  }

  function showClaims(view, ids, marks) {
    clear(view);
    view.classList.add("selecting");
    each(marks, function (m) { m.classList.add("active"); });
    var panel = picked(view);
    var title = document.createElement("p");
    title.textContent = "Evidence for " + ids.join(", ") + ":";
    panel.appendChild(title);
    ids.forEach(function (id) {
      var claim = claimEl(view, id);
      if (!claim) { return; }
      claim.classList.add("active");
      var line = document.createElement("p");
      var statement = claim.querySelector(".statement");
      line.textContent = id + " (" + claim.getAttribute("data-verdict") + "): " +
        (statement ? statement.textContent : "");
      panel.appendChild(line);
    });
    panel.hidden = false;
    var first = claimEl(view, ids[0]);
    if (first) { first.scrollIntoView({ block: "nearest" }); }
  }

  function idsOf(marks) {
    var ids = [];
    each(marks, function (m) {
      m.getAttribute("data-claim").split(" ").forEach(function (id) {
        if (id && ids.indexOf(id) < 0) { ids.push(id); }
      });
    });
    return ids;
  }

  function activate(target) {
    var view = target.closest(".view");
    if (!view) { return false; }
    var mark = target.closest("mark[data-claim]");
    if (mark) { showClaims(view, idsOf([mark]), [mark]); return true; }
    var claim = target.closest("[data-claim-id]");
    if (claim && !target.closest("a")) {
      selectClaim(view, claim.getAttribute("data-claim-id"));
      return true;
    }
    return false;
  }

  document.addEventListener("click", function (event) {
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) { return; }  // handled on mouseup
    activate(event.target);
  });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && activate(event.target)) {
      event.preventDefault();
    }
    if (event.key === "Escape") { each(document.querySelectorAll(".view"), clear); }
  });
  // Selecting text over highlighted passages shows the claims they are evidence for.
  document.addEventListener("mouseup", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) { return; }
    var start = selection.anchorNode.parentElement;
    var view = start && start.closest(".view");
    if (!view) { return; }
    var marks = Array.prototype.filter.call(
      view.querySelectorAll(".text mark[data-claim]"),
      function (m) { return selection.containsNode(m, true); });
    if (marks.length) { showClaims(view, idsOf(marks), marks); }
  });
}());
