// casenotes review: keyboard moves and calls to the JSON API. No build step, no network files.
"use strict";

const token = document.querySelector('meta[name="casenotes-token"]').content;

function flash(text, bad) {
  const box = document.getElementById("flash");
  box.textContent = text;
  box.className = bad ? "bad" : "good";
}

async function api(method, url, body) {
  const response = await fetch(url, {
    method: method,
    headers: {"Authorization": "Bearer " + token, "Content-Type": "application/json"},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = {};
  try { data = await response.json(); } catch (e) { data = {error: response.statusText}; }
  return {ok: response.ok, status: response.status, data: data};
}

function typing(event) {
  const t = event.target;
  return t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName);
}

function setStatus(status) {
  const badge = document.getElementById("status");
  if (!badge || !status) return;
  badge.textContent = status.replace("_", " ");
  badge.className = "status s-" + status;
}

// --- the queue ---------------------------------------------------------------------------
function initQueue() {
  const rows = Array.from(document.querySelectorAll("#queue tbody tr"));
  let at = 0;
  const select = (i) => {
    if (!rows.length) return;
    rows[at].classList.remove("selected");
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows[at].classList.add("selected");
    rows[at].scrollIntoView({block: "nearest"});
  };
  document.querySelectorAll("#filters select").forEach((s) =>
    s.addEventListener("change", () => document.getElementById("filters").submit()));
  rows.forEach((row, i) => row.addEventListener("click", (e) => {
    if (e.target.tagName !== "A") { select(i); location.href = row.dataset.href; }
  }));
  document.addEventListener("keydown", (e) => {
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j" || e.key === "ArrowDown") { select(at + 1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "ArrowUp") { select(at - 1); e.preventDefault(); }
    else if (e.key === "Enter" && rows.length) { location.href = rows[at].dataset.href; }
    else if (e.key === "n") { const n = document.getElementById("next-page"); if (n) n.click(); }
    else if (e.key === "p") { const p = document.getElementById("prev-page"); if (p) p.click(); }
  });
}

// --- one record --------------------------------------------------------------------------
function initRecord() {
  const id = document.querySelector(".split").dataset.record;
  const move = document.querySelector("nav.move");
  const go = (where) => { const url = move.dataset[where]; if (url) location.href = url; };

  async function saveField(form, value, resolution) {
    const name = form.dataset.field;
    const msg = form.querySelector(".msg");
    const body = {value: value};
    if (resolution) body.resolution = resolution;
    const r = await api("PUT", "/api/records/" + id + "/fields/" + encodeURIComponent(name), body);
    if (!r.ok) {
      msg.textContent = r.data.error || ("refused (" + r.status + ")");
      msg.className = "msg bad";
      form.classList.add("invalid");
      flash(msg.textContent, true);
      return false;
    }
    form.classList.remove("invalid", "to-review", "missing-required", "missing-recommended");
    form.classList.add("changed", "saved");
    msg.textContent = r.data.saved ? "saved" : "unchanged";
    msg.className = "msg good";
    const stored = r.data.record.fields[name];
    const input = form.querySelector("[name=value]");
    if (stored === undefined) input.value = "";
    else if (Array.isArray(stored) && stored.every((v) => typeof v === "string")) input.value = stored.join("\n");
    else if (typeof stored === "object") input.value = JSON.stringify(stored, null, 1);
    else input.value = String(stored);
    if (stored !== undefined) form.querySelectorAll(".flag").forEach((flag) => flag.remove());
    setStatus(r.data.status);
    const entry = document.querySelector('.review-entry[data-field="' + name + '"]');
    if (entry && (stored !== undefined || resolution === "missing")) entry.remove();
    flash(name + ": " + msg.textContent + " · record " + r.data.status.replace("_", " "));
    return true;
  }

  function valueOf(form) {
    const input = form.querySelector("[name=value]");
    const text = input.value;
    if (text.trim() === "") return null;
    if (form.dataset.kind === "entries") {
      try { return JSON.parse(text); } catch (e) { return text; }
    }
    return text;
  }

  document.querySelectorAll("form.field").forEach((form) => {
    form.addEventListener("submit", (e) => { e.preventDefault(); saveField(form, valueOf(form)); });
    const clear = form.querySelector("button.clear");
    if (clear) clear.addEventListener("click", () => saveField(form, null));
  });

  document.querySelectorAll("button.present").forEach((b) => b.addEventListener("click", () => {
    const form = document.querySelector('form.field[data-field="' + b.dataset.field + '"]');
    form.scrollIntoView({block: "center"});
    form.querySelector("[name=value]").focus();
    flash("Type the value found under the candidate heading, then save (Ctrl+S).");
  }));
  document.querySelectorAll("button.really-missing").forEach((b) => b.addEventListener("click", () => {
    const form = document.querySelector('form.field[data-field="' + b.dataset.field + '"]');
    saveField(form, null, "missing");
  }));

  document.getElementById("type-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const type = document.getElementById("record-type").value;
    const r = await api("PUT", "/api/records/" + id + "/type", {type: type});
    if (r.ok) location.reload(); else flash(r.data.error, true);
  });

  async function markReviewed() {
    const r = await api("POST", "/api/records/" + id + "/reviewed");
    if (!r.ok) { flash(r.data.error, true); return; }
    document.getElementById("mark-reviewed").textContent = "Reviewed ✓";
    flash("marked reviewed" + (move.dataset.next ? "; next record…" : ""));
    if (move.dataset.next) setTimeout(() => go("next"), 400);
  }
  document.getElementById("mark-reviewed").addEventListener("click", markReviewed);

  document.querySelectorAll("form.assign").forEach((form) => form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const field = form.querySelector("select").value;
    if (!field) { flash("choose a field first", true); return; }
    const r = await api("POST", "/api/headings", {heading: form.dataset.heading, field: field, record: id});
    if (!r.ok) { flash(r.data.error, true); return; }
    form.classList.add("assigned");
    form.querySelector("button").textContent = "Assigned ✓";
    const pre = document.getElementById("rerun");
    pre.hidden = false;
    pre.textContent = "“" + r.data.heading + "” → " + r.data.field + " (" + r.data.file + ")\nRerun with:\n" + r.data.rerun;
    flash("heading assigned to " + r.data.field);
  }));

  document.addEventListener("keydown", (e) => {
    const form = e.target.closest ? e.target.closest("form.field") : null;
    if ((e.ctrlKey || e.metaKey) && e.key === "s") {
      e.preventDefault();
      if (form) saveField(form, valueOf(form)); else flash("focus a field to save it", true);
    } else if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      markReviewed();
    } else if (!typing(e) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (e.key === "j") go("next");
      else if (e.key === "k") go("prev");
    }
  });
  // A record that starts on a later page of its file opens at that page.
  const first = document.querySelector(".page.first");
  if (first && first.id !== "page-1") first.parentElement.scrollTop = first.offsetTop;
}

if (document.body.classList.contains("queue")) initQueue();
if (document.body.classList.contains("record")) initRecord();
