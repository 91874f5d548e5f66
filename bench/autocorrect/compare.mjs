// Compares govlint's GI6003 findings with the punctuation autocorrect's fullwidth rule changes, line by line.
//   node compare.mjs GOVLINT.json AUTOCORRECT.json ROOT
// A line counts for autocorrect when its change is punctuation only (spaces ignored): each changed
// character is a half-width mark made full-width. The catalog's marks are , : ; ? !; others (. ( ) …)
// are counted apart, as GI6003 does not cover them.
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const [govlintPath, autocorrectPath, root] = process.argv.slice(2);
const catalog = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
const other = { ".": "。", "(": "（", ")": "）", "[": "【", "]": "】", "<": "《", ">": "》", '"': "“" };
const name = (p) => relative(root, p);

const govlint = new Map(); // file:line -> count
for (const d of JSON.parse(readFileSync(govlintPath, "utf8"))) {
  if (d.ruleId !== "GI6003") continue;
  const key = `${name(d.file)}:${d.line}`;
  govlint.set(key, (govlint.get(key) ?? 0) + 1);
}

// The changed marks of one line, or null when the change is more than punctuation.
function marks(oldLine, newLine) {
  const a = [...oldLine.replace(/\s/g, "")], b = [...newLine.replace(/\s/g, "")];
  if (a.length !== b.length) return null;
  const found = { catalog: 0, other: 0 };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (catalog[a[i]] === b[i]) found.catalog++;
    else if (other[a[i]] === b[i] || (a[i] === '"' && b[i] === "”")) found.other++;
    else return null;
  }
  return found;
}

const autocorrect = new Map(); // file:line -> { catalog, other, text }
let notPunctuation = 0;
for (const message of JSON.parse(readFileSync(autocorrectPath, "utf8")).messages ?? []) {
  for (const change of message.lines) {
    const olds = change.old.split("\n"), news = change.new.split("\n");
    if (olds.length !== news.length) { notPunctuation++; continue; }
    olds.forEach((o, i) => {
      if (o === news[i]) return;
      const m = marks(o, news[i]);
      if (!m) { notPunctuation++; return; }
      autocorrect.set(`${name(message.filepath)}:${change.l + i}`, { ...m, text: o.trim() });
    });
  }
}

const excerpt = (s) => (s.length > 70 ? s.slice(0, 70) + "…" : s);
const rows = { autocorrectOnly: [], govlintOnly: [], countsDiffer: [], otherMarksOnly: [] };
let agree = 0;
for (const [key, a] of autocorrect) {
  const g = govlint.get(key) ?? 0;
  if (a.catalog === 0) { if (g === 0) rows.otherMarksOnly.push(`${key}  ${a.other} other mark(s)  ${excerpt(a.text)}`); else rows.govlintOnly.push(`${key}  govlint ${g}, autocorrect other marks only  ${excerpt(a.text)}`); continue; }
  if (g === 0) rows.autocorrectOnly.push(`${key}  autocorrect ${a.catalog}  ${excerpt(a.text)}`);
  else if (g !== a.catalog) rows.countsDiffer.push(`${key}  govlint ${g}, autocorrect ${a.catalog}  ${excerpt(a.text)}`);
  else agree++;
}
for (const [key, g] of govlint) if (!autocorrect.has(key)) rows.govlintOnly.push(`${key}  govlint ${g}, autocorrect none`);

const total = (m) => [...m.values()].reduce((s, v) => s + (typeof v === "number" ? v : v.catalog), 0);
console.log(`govlint GI6003: ${total(govlint)} findings on ${govlint.size} lines; autocorrect fullwidth: ${total(autocorrect)} catalog marks on ${[...autocorrect.values()].filter((v) => v.catalog > 0).length} lines (${notPunctuation} changed lines skipped: more than punctuation)`);
console.log(`lines where both agree (same count): ${agree}`);
for (const [title, list] of Object.entries(rows)) {
  console.log(`\n${title}: ${list.length}`);
  for (const row of list.sort()) console.log(`  ${row}`);
}
