// Material's search box, answered from the Pagefind bundle the digest plugin writes after the
// build (digest/search_bundle.py). Material talks to its search worker in four messages (its
// documented way to plug in another search): SETUP with the index, READY, QUERY, RESULT. The
// index Material hands over holds no documents; Pagefind's script, its WebAssembly and the index
// fragments a query needs load from the site on the first query, nothing from elsewhere.
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const BUNDLE = new URL("../../pagefind/pagefind.js", self.location.href).href
const PAGES = 20          // pages per answer: each costs one small fragment download
const EXCERPT_WORDS = 30
const SETTLE_MS = 200     // Material asks on every key: search once typing pauses

let pagefind = null
let latest = 0

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" }

// Pagefind's excerpts are escaped text with <mark> around the hits. Text from sources must stay
// text on the page, whatever the bundle holds: decode, escape again, put back only the marks.
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ""
    }
    return ENTITIES[name.toLowerCase()] ?? all
  })
}

function escape(text) {
  return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c])
}

function marked(excerpt) {
  return (excerpt || "").split(/(<\/?mark>)/).map(part =>
    part === "<mark>" || part === "</mark>" ? part : escape(decode(part.replace(/<[^>]*>/g, "")))
  ).join("")
}

function siteRelative(url) {
  // Pagefind's URLs start at the site's root; Material resolves locations against its base
  return (url || "").replace(/^\//, "")
}

function load() {
  if (!pagefind)
    pagefind = import(BUNDLE).then(async pf => {
      await pf.options({ excerptLength: EXCERPT_WORDS })
      return pf
    })
  return pagefind
}

async function answer(query) {
  const pf = await load()
  const found = await pf.search(query)
  const results = found ? found.results.slice(0, PAGES) : []
  const pages = await Promise.all(results.map(async r => ({ score: r.score, data: await r.data() })))
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const terms = Object.fromEntries(words.map(w => [w, true]))
  // a page's search boost (Material's `search: boost` front matter) weighs its score
  for (const page of pages)
    page.score *= parseFloat(page.data.meta && page.data.meta.boost) || 1
  pages.sort((a, b) => b.score - a.score)
  return pages.map(({ score, data }) => {
    const title = escape(decode((data.meta && data.meta.title) || ""))
    const subs = (data.sub_results || []).filter(s => s.url && s.url.includes("#"))
    const most = Math.max(1, ...subs.map(s => (s.locations || []).length))
    return [
      { location: siteRelative(data.url), title, text: `<p>${marked(data.excerpt)}</p>`, score, terms },
      ...subs.map(s => ({
        location: siteRelative(s.url),
        title: escape(decode(s.title || "")),
        text: `<p>${marked(s.excerpt)}</p>`,
        score: score * (s.locations || []).length / most,
        terms
      }))
    ]
  })
}

self.addEventListener("message", async ({ data: message }) => {
  if (message.type === SETUP) {
    self.postMessage({ type: READY })
    return
  }
  if (message.type !== QUERY)
    return
  const ticket = ++latest
  const query = (message.data || "").trim()
  let items = []
  if (query) {
    await new Promise(done => setTimeout(done, SETTLE_MS))
    if (ticket !== latest)
      return
    try {
      items = await answer(query)
    } catch (err) {
      console.error("search:", err)
    }
  }
  if (ticket === latest)
    self.postMessage({ type: RESULT, data: { items } })
})
