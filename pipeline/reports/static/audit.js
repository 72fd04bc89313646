// The audit page's behaviour. Filtering hides rows (`hidden`), sorting re-appends them;
// everything reads only the DOM. WORKERS_SHOWN is filled in by audit_html.py.
(function () {
  "use strict";
  var table = document.getElementById("records");
  var body = table.tBodies[0];
  var text = document.getElementById("filter-text");
  var type = document.getElementById("filter-type");
  var incomplete = document.getElementById("filter-incomplete");
  var count = document.getElementById("visible-rows");
  function filterRows() {
    var query = text.value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var keep = (!type.value || row.dataset.type === type.value) &&
        (!incomplete.checked || row.dataset.complete === "no") &&
        (!query || row.textContent.toLowerCase().indexOf(query) !== -1);
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = String(shown);
    count.dataset.value = String(shown);
  }
  function sortKey(row, index, numeric) {
    var cell = row.cells[index];
    var value = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
    return numeric ? parseFloat(value) : value.trim().toLowerCase();
  }
  function sortBy(th) {
    var index = th.cellIndex;
    var numeric = th.dataset.sortType === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a, index, numeric), y = sortKey(b, index, numeric);
      var order = numeric ? x - y : x.localeCompare(y);
      if (order === 0) { return a.dataset.order - b.dataset.order; }
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  text.addEventListener("input", filterRows);
  type.addEventListener("change", filterRows);
  incomplete.addEventListener("change", filterRows);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector("button").addEventListener("click", function () { sortBy(th); });
  });
  var worker = document.getElementById("filter-worker");
  var workerCount = document.getElementById("visible-workers");
  worker.addEventListener("input", function () {
    var query = worker.value.trim().toLowerCase();
    var shown = 0;
    document.querySelectorAll("#workers .bar-row").forEach(function (row) {
      var keep = query ? row.textContent.toLowerCase().indexOf(query) !== -1 :
        Number(row.dataset.rank) < WORKERS_SHOWN;
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    workerCount.textContent = String(shown);
    workerCount.dataset.value = String(shown);
  });
  var earlier = document.getElementById("show-earlier-months");
  if (earlier) {
    earlier.addEventListener("change", function () {
      document.querySelectorAll("#months .month-old").forEach(function (col) {
        col.hidden = !earlier.checked;
      });
      document.querySelector("#months .month-sum").hidden = earlier.checked;
    });
  }
  // The latest months are at the right end of a chart that may scroll: start there.
  var months = document.getElementById("months");
  months.scrollLeft = months.scrollWidth;
  var showAll = document.getElementById("show-all-fields");
  if (showAll) {
    showAll.addEventListener("change", function () {
      document.querySelectorAll("#heatmap tr.never-missing").forEach(function (row) {
        row.hidden = !showAll.checked;
      });
    });
  }
}());
