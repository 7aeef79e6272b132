// Reads only the public API (/api/v1). Builds the page with textContent and DOM nodes only, so nothing a
// submitter wrote can run as markup.
"use strict";

const api = "/api/v1";
const el = (id) => document.getElementById(id);

function token() {
  return sessionStorage.getItem("standen-token") || "";
}

async function haal(pad) {
  const kop = token() ? { Authorization: "Bearer " + token() } : {};
  const antwoord = await fetch(api + pad, { headers: { Accept: "application/json", ...kop } });
  if (!antwoord.ok) {
    const probleem = await antwoord.json().catch(() => ({}));
    throw new Error(probleem.detail || "De API antwoordde " + antwoord.status);
  }
  return antwoord.json();
}

function maak(tag, tekst, klasse) {
  const knoop = document.createElement(tag);
  if (tekst !== undefined) knoop.textContent = tekst;
  if (klasse) knoop.className = klasse;
  return knoop;
}

function svg(tag, attributen) {
  const knoop = document.createElementNS("http://www.w3.org/2000/svg", tag);
  Object.entries(attributen).forEach(([naam, waarde]) => knoop.setAttribute(naam, waarde));
  return knoop;
}

function balken(themas) {
  const hoogte = 24;
  const max = Math.max(1, ...themas.map((t) => t.aantalOrganisaties));
  const grafiek = svg("svg", { role: "img", width: 760, height: themas.length * hoogte + 10,
    "aria-label": "Thema's naar aantal organisaties" });
  themas.forEach((thema, i) => {
    const y = i * hoogte + 5;
    const naam = svg("text", { x: 0, y: y + 15, "font-size": 12 });
    naam.textContent = thema.naam.length > 45 ? thema.naam.slice(0, 44) + "…" : thema.naam;
    const breedte = Math.max(1, Math.round(420 * thema.aantalOrganisaties / max));
    const balk = svg("rect", { x: 300, y, width: breedte, height: 18, fill: "#154273" });
    const getal = svg("text", { x: 305 + breedte, y: y + 15, "font-size": 12 });
    getal.textContent = thema.aantalOrganisaties;
    grafiek.append(naam, balk, getal);
  });
  el("grafiek").replaceChildren(grafiek);
}

function toonThemas(jaar, themas) {
  balken(themas);
  el("themas").replaceChildren(...themas.map((thema) => {
    const knop = maak("button", thema.naam + " – " + thema.aantalOrganisaties + " organisaties"
      + (thema.terugkerend ? ", terugkerend" : "") + (thema.besluiten.length ? " (besloten)" : ""), "thema-knop");
    knop.type = "button";
    knop.addEventListener("click", () => toonThema(thema));
    const regel = maak("li");
    regel.append(knop);
    return regel;
  }));
}

function toonThema(thema) {
  el("thema-sectie").hidden = false;
  el("thema-kop").textContent = thema.naam;
  el("thema-toelichting").textContent = thema.organisaties.join(", ") + (thema.notitie ? " — " + thema.notitie : "");
  el("knelpunten").replaceChildren(...thema.knelpunten.map((knelpunt) => {
    const regel = maak("li");
    regel.append(maak("strong", knelpunt.organisatie + ": "), maak("span", knelpunt.titel),
      maak("blockquote", knelpunt.citaat), maak("p", "Waarom: " + knelpunt.redenen.join("; "), "reden"));
    return regel;
  }));
  el("thema-kop").focus();
}

function trend(trendoverzicht) {
  const edities = trendoverzicht.edities;
  const breedte = 600;
  const hoogte = 200;
  const stap = breedte / Math.max(1, edities.length - 1);
  const grafiek = svg("svg", { role: "img", width: 760, height: hoogte + 40, "aria-label": "Trend van de thema's" });
  const kleuren = ["#154273", "#e17000", "#39870c", "#a90061", "#673327", "#007bc7", "#ca005d", "#42145f"];
  edities.forEach((editie, i) => {
    const jaar = svg("text", { x: 40 + i * stap, y: hoogte + 30, "font-size": 12 });
    jaar.textContent = editie.jaar;
    grafiek.append(jaar);
  });
  trendoverzicht.themas.forEach((thema, t) => {
    const punten = thema.reeks.map((m, i) => (40 + i * stap) + "," + (hoogte - m.aandeel * hoogte + 10)).join(" ");
    const lijn = svg("polyline", { points: punten, fill: "none", "stroke-width": 2, stroke: kleuren[t % kleuren.length] });
    const titel = svg("title", {});
    titel.textContent = thema.naam;
    lijn.append(titel);
    grafiek.append(lijn);
  });
  el("trend").replaceChildren(grafiek);
  const kop = maak("tr");
  kop.append(maak("th", "Thema"), ...edities.map((e) => maak("th", String(e.jaar))), maak("th", "Richting"));
  const rijen = trendoverzicht.themas.map((thema) => {
    const rij = maak("tr");
    rij.append(maak("td", thema.naam), ...thema.reeks.map((m) => maak("td", Math.round(m.aandeel * 100) + "%")),
      maak("td", thema.richting || ""));
    return rij;
  });
  el("trendtabel").replaceChildren(kop, ...rijen);
}

async function toon(jaar) {
  el("melding").textContent = "Laden…";
  try {
    let themas;
    if (token()) {
      themas = (await haal("/edities/" + jaar + "/themas?paginaGrootte=100")).themas;
      trend(await haal("/trends?tot=" + jaar));
    } else {
      themas = (await haal("/edities/" + jaar + "/vaststelling")).staat.beeld.themas;
    }
    toonThemas(jaar, themas);
    el("melding").textContent = themas.length + " thema's in editie " + jaar + ".";
  } catch (fout) {
    el("melding").textContent = fout.message;
  }
}

el("toegang").addEventListener("submit", (gebeurtenis) => {
  gebeurtenis.preventDefault();
  sessionStorage.setItem("standen-token", el("token").value.trim());
  el("token").value = "";
  toon(el("editie").value);
});
el("keuze").addEventListener("submit", (gebeurtenis) => {
  gebeurtenis.preventDefault();
  toon(el("editie").value);
});
toon(el("editie").value);
