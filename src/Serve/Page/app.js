// govlint serve: the page. Uploads a report, draws it as read with every finding marked, lists the findings by
// section, and downloads the file with the chosen fixes. Plain script, no library: it works offline.
(function () {
  "use strict";
  const maxUpload = Number(document.querySelector('meta[name="govlint-max-upload"]').content);
  const tooLarge = document.querySelector('meta[name="govlint-too-large"]').content;
  const severityNames = { error: "错误", warning: "警告", info: "提示" };
  const verdictNames = { pass: "通过", fail: "不通过", incomplete: "未能全部检查", unreadable: "无法读取" };
  const tableStatusNames = { pass: "通过", fail: "不通过", notAssessed: "无法检查" };
  const $ = (id) => document.getElementById(id);
  let current = null; // { file, result, segments }
  let uploads = 0; // told on <body data-uploads> when an upload is done, with data-state "done" or "error"

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function showError(message) {
    $("error").textContent = message;
    $("error").hidden = false;
    document.body.dataset.state = "error";
  }

  function clearPage() {
    $("welcome").hidden = true;
    $("error").hidden = true;
    $("verdict").hidden = true;
    $("workspace").hidden = true;
    $("tip").hidden = true;
  }

  async function upload(file) {
    document.body.dataset.state = "busy";
    try {
      await check(file);
    } finally {
      if (document.body.dataset.state === "busy") document.body.dataset.state = "done";
      document.body.dataset.uploads = ++uploads;
    }
  }

  async function check(file) {
    clearPage();
    current = null;
    if (file.size > maxUpload) {
      showError(tooLarge.replace("{size}", file.size.toLocaleString("en-US")));
      return;
    }
    $("busy").hidden = false;
    let response, body;
    try {
      response = await fetch("api/lint?name=" + encodeURIComponent(file.name), { method: "POST", body: file });
      body = await response.json();
    } catch (e) {
      showError("无法连接 govlint serve（" + e.message + "）：请确认它仍在运行。");
      return;
    } finally {
      $("busy").hidden = true;
    }
    if (!response.ok) { showError(body.error); return; }
    current = { file: file, result: body, segments: [] };
    render(body);
  }

  // ---- the verdict at the top ----
  function chip(className, text, title) {
    const c = el("span", "chip " + className, text);
    if (title) c.title = title;
    return c;
  }

  function renderVerdict(result) {
    const badge = $("verdict-badge");
    badge.className = "badge " + result.verdict;
    badge.textContent = verdictNames[result.verdict] || result.verdict;
    const severities = $("severity-chips");
    severities.replaceChildren();
    for (const s of ["error", "warning", "info"]) severities.append(chip(s, severityNames[s] + " " + result.bySeverity[s]));
    const categories = $("category-chips");
    categories.replaceChildren();
    for (const [name, count] of Object.entries(result.byCategory)) categories.append(chip("", name + " " + count));
    const tables = $("table-chips");
    tables.replaceChildren();
    for (const t of result.tables)
      tables.append(chip(t.status, t.title + "：" + tableStatusNames[t.status], t.reason || (t.findings ? t.findings + " 个勾稽问题" : "勾稽关系全部成立")));
    $("verdict").hidden = false;
  }

  // ---- the report as read, with marks ----
  function renderReport(result) {
    const report = $("report");
    report.replaceChildren();
    const segments = [];
    const text = result.text;
    for (const b of result.blocks) {
      if (b.kind === "table") {
        const wrap = el("div", "table-wrap");
        const table = el("table");
        for (const row of b.rows) {
          const tr = el("tr");
          for (const cell of row) {
            const td = el("td");
            if (cell.rowSpan) td.rowSpan = cell.rowSpan;
            if (cell.colSpan) td.colSpan = cell.colSpan;
            segments.push({ start: cell.start, end: cell.end, el: td });
            tr.append(td);
          }
          table.append(tr);
        }
        wrap.append(table);
        report.append(wrap);
        continue;
      }
      const tag = b.kind === "paragraph" ? "p" : "div";
      const e = el(tag, "blk " + b.kind + (b.level ? " l" + b.level : ""));
      segments.push({ start: b.start, end: b.end, el: e });
      report.append(e);
    }
    segments.forEach((s, i) => { s.order = i; s.intervals = []; });
    const ordered = segments.slice().sort((a, b) => a.start - b.start || a.order - b.order);
    result.marks.forEach((m, i) => placeFinding(ordered, m, i, result.findings[i].severity));
    for (const s of segments) drawSegment(s, text);
    current.segments = ordered;
  }

  // Every finding gets exactly one mark: in the first text it overlaps, or as a point where it would be.
  function placeFinding(segments, m, i, severity) {
    let host = null;
    for (const s of segments) {
      const overlaps = m.start < m.end ? s.start < m.end && s.end > m.start : s.start <= m.start && (m.start < s.end || s.start === s.end);
      if (!overlaps) continue;
      if (!host) {
        host = s;
        s.intervals.push({ start: Math.max(m.start, s.start), end: Math.min(m.end, s.end), finding: i, severity: severity, primary: true });
      } else if (m.start < m.end) {
        s.intervals.push({ start: Math.max(m.start, s.start), end: Math.min(m.end, s.end), finding: i, severity: severity, primary: false });
      }
    }
    if (host) return;
    const next = segments.find((s) => s.start >= m.start);
    const target = next || segments[segments.length - 1];
    if (!target) return;
    const at = next ? next.start : target.end;
    target.intervals.push({ start: at, end: at, finding: i, severity: severity, primary: true });
  }

  // Nests the intervals of one segment; one that crosses the end of an enclosing one continues after it as a cover.
  function drawSegment(segment, text) {
    const list = segment.intervals.slice().sort(byPosition);
    const root = { start: segment.start, end: segment.end, children: [] };
    const stack = [root];
    for (let k = 0; k < list.length; k++) {
      const iv = Object.assign({ children: [] }, list[k]);
      while (stack.length > 1 && stack[stack.length - 1].end <= iv.start) stack.pop();
      const top = stack[stack.length - 1];
      if (iv.end > top.end) {
        const rest = Object.assign({}, list[k], { start: top.end, primary: false });
        iv.end = top.end;
        let j = k + 1;
        while (j < list.length && byPosition(list[j], rest) <= 0) j++;
        list.splice(j, 0, rest);
      }
      top.children.push(iv);
      if (iv.end > iv.start) stack.push(iv);
    }
    drawNode(segment.el, root, text);
  }

  function byPosition(a, b) {
    return a.start - b.start || b.end - a.end || (b.primary ? 1 : 0) - (a.primary ? 1 : 0) || a.finding - b.finding;
  }

  function drawNode(container, node, text) {
    let at = node.start;
    for (const child of node.children) {
      if (child.start > at) container.append(text.slice(at, child.start));
      let e;
      if (child.primary) {
        e = el("mark", "finding " + child.severity + (child.start === child.end ? " point" : ""));
        e.dataset.finding = child.finding;
        e.id = "m-" + child.finding;
      } else {
        e = el("span", "cover " + child.severity);
        e.dataset.cover = child.finding;
      }
      drawNode(e, child, text);
      container.append(e);
      at = Math.max(at, child.end);
    }
    if (node.end > at) container.append(text.slice(at, node.end));
  }

  // ---- the findings list ----
  function renderFindings(result) {
    const list = $("findings");
    list.replaceChildren();
    if (result.findings.length === 0) {
      list.append(el("div", "empty", "没有发现问题。"));
    }
    const groups = new Map();
    result.findings.forEach((f, i) => {
      const section = result.marks[i].section;
      if (!groups.has(section)) groups.set(section, []);
      groups.get(section).push(i);
    });
    for (const [section, items] of groups) {
      list.append(el("h3", "", section + "（" + items.length + "）"));
      for (const i of items) list.append(findingItem(result, i));
    }
    if (result.notAssessed.length > 0) {
      list.append(el("h3", "", "无法检查的规则（" + result.notAssessed.length + "）"));
      for (const n of result.notAssessed) list.append(el("div", "empty", n.ruleId + "：" + n.reason));
    }
    updateApply();
  }

  function findingItem(result, i) {
    const f = result.findings[i];
    const item = el("div", "item-finding " + f.severity);
    item.dataset.finding = i;
    if (result.marks[i].fixKey && result.fixable) {
      const box = el("input");
      box.type = "checkbox";
      box.dataset.fixKey = result.marks[i].fixKey;
      box.title = "选中后可应用这处修改";
      box.addEventListener("click", (e) => e.stopPropagation());
      box.addEventListener("change", updateApply);
      item.append(box);
    }
    const body = el("div");
    const head = el("div");
    head.append(el("span", "id", f.ruleId + " " + (severityNames[f.severity] || f.severity) + " "), document.createTextNode(f.message));
    body.append(head);
    const fixSpan = result.marks[i].fixSpan;
    if (f.fix && fixSpan) body.append(el("div", "id", "修改：“" + result.text.slice(fixSpan[0], fixSpan[1]) + "” → " + (f.fix.replacement === "" ? "删除" : "“" + f.fix.replacement + "”")));
    item.append(body);
    item.addEventListener("click", () => focusFinding(i));
    return item;
  }

  function focusFinding(i) {
    const mark = document.getElementById("m-" + i);
    if (!mark) return;
    selectItem(i);
    mark.classList.add("active");
    mark.scrollIntoView({ block: "center" });
  }

  // Marks the finding's entry in the list (and nothing else) as the one in hand, scrolled into the list's view.
  function selectItem(i) {
    for (const a of document.querySelectorAll(".active")) a.classList.remove("active");
    const item = document.querySelector('#findings .item-finding[data-finding="' + i + '"]');
    if (!item) return;
    item.classList.add("active");
    item.scrollIntoView({ block: "nearest" });
  }

  function scrollToOffset(offset) {
    const s = current.segments.find((x) => x.start <= offset && offset < Math.max(x.end, x.start + 1)) || current.segments.find((x) => x.start >= offset);
    if (!s) return;
    for (const a of document.querySelectorAll(".active")) a.classList.remove("active");
    s.el.classList.add("related", "active");
    s.el.scrollIntoView({ block: "center" });
  }

  // ---- hover: message, related locations, the rule's explanation ----
  let hideTimer = 0;
  function showTip(target) {
    const i = Number(target.dataset.finding ?? target.dataset.cover);
    const f = current.result.findings[i];
    const tip = $("tip");
    tip.replaceChildren();
    tip.append(el("div", "msg", f.ruleId + " " + (severityNames[f.severity] || f.severity) + "：" + f.message));
    const related = current.result.marks[i].related;
    if (related.length > 0) {
      const line = el("div", "", "相关位置：");
      related.slice(0, 8).forEach((r) => {
        const a = el("a", "", "“" + current.result.text.slice(r[0], r[1]).slice(0, 20) + "”");
        a.addEventListener("click", () => scrollToOffset(r[0]));
        line.append(a);
      });
      tip.append(line);
    }
    tip.append(el("pre", "", current.result.explanations[f.ruleId] || ""));
    const box = target.getBoundingClientRect();
    tip.hidden = false;
    const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hideTipSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => { $("tip").hidden = true; }, 300);
  }

  $("report").addEventListener("mouseover", (e) => {
    const target = e.target.closest("[data-finding],[data-cover]");
    if (!target) return;
    clearTimeout(hideTimer);
    showTip(target);
  });
  $("report").addEventListener("click", (e) => {
    const target = e.target.closest("[data-finding],[data-cover]");
    if (target) selectItem(Number(target.dataset.finding ?? target.dataset.cover));
  });
  $("report").addEventListener("mouseout", (e) => { if (e.target.closest("[data-finding],[data-cover]")) hideTipSoon(); });
  $("tip").addEventListener("mouseenter", () => clearTimeout(hideTimer));
  $("tip").addEventListener("mouseleave", hideTipSoon);

  // ---- apply the chosen fixes and download ----
  function chosenKeys() {
    return Array.from(document.querySelectorAll("#findings input[type=checkbox]:checked")).map((b) => b.dataset.fixKey);
  }

  function updateApply() {
    const keys = chosenKeys();
    const fixable = document.querySelectorAll("#findings input[type=checkbox]").length;
    $("apply").disabled = keys.length === 0;
    $("apply-note").textContent = current && !current.result.fixable ? "这种文件（如 PDF）不能直接修改。"
      : fixable === 0 ? "没有可自动修复的问题。" : "已选 " + keys.length + " / " + fixable + " 处可自动修复的问题。";
  }

  $("apply").addEventListener("click", async () => {
    const keys = chosenKeys();
    if (!current || keys.length === 0) return;
    const response = await download("api/fix?name=" + encodeURIComponent(current.file.name) + "&fixes=" + encodeURIComponent(keys.join(",")), current.result.name);
    if (response) $("apply-note").textContent = "已下载修改后的文件（" + response.headers.get("X-Govlint-Applied") + " 处修改）：" + current.result.name;
  });

  $("review").addEventListener("click", async () => {
    if (!current || !current.result.review) return;
    const name = current.result.name.replace(/\.[^.]*$/, "") + "（审阅稿）.docx";
    if (await download("api/review?name=" + encodeURIComponent(current.file.name), name)) $("apply-note").textContent = "已下载审阅稿：" + name;
  });

  // Posts the uploaded file to the URL and saves what comes back under the name; the response, or null after showing the error.
  async function download(url, name) {
    $("error").hidden = true;
    try {
      const response = await fetch(url, { method: "POST", body: current.file });
      if (!response.ok) { showError((await response.json()).error); return null; }
      const blob = await response.blob();
      const a = el("a");
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
      return response;
    } catch (e) {
      showError("无法连接 govlint serve（" + e.message + "）：请确认它仍在运行。");
      return null;
    }
  }

  function render(result) {
    $("review").disabled = !result.review;
    $("review").title = result.review ? "下载带批注与修订的 Word 审阅稿" : "此服务未提供审阅稿（带批注与修订的 Word 文件）";
    renderVerdict(result);
    $("workspace").hidden = false;
    renderReport(result);
    renderFindings(result);
  }

  // ---- choosing or dropping a file ----
  const drop = $("drop");
  $("file").addEventListener("change", (e) => { if (e.target.files.length > 0) upload(e.target.files[0]); e.target.value = ""; });
  drop.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") $("file").click(); });
  for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length > 0) upload(e.dataTransfer.files[0]);
  });
})();
