// Bundled by Vite with the package imported BY NAME, as a front-end app would.
import { createLbaClient, near, widgetIframe } from "labonnealternance";
// The widget's goToPage message handler is the 2022 site's: it lives in the 2022 entry.
import { listenToWidget } from "labonnealternance/legacy";

const api = new URLSearchParams(location.search).get("api");
const lba = createLbaClient({ caller: "browser-test", baseUrl: api });
const where = near(47.2184, -1.5536, { radius: 30 });
try {
  const { formations } = await lba.searchFormations({ romes: "M1805", where });
  document.querySelector("#count").textContent = String(formations.length);
  for (const f of formations.slice(0, 5)) {
    const li = document.createElement("li");
    li.textContent = `${f.title} — ${f.place?.city ?? ""} (${f.place?.latitude?.toFixed(3)})`;
    document.querySelector("#titles").append(li);
  }
  document.querySelector("#widget").innerHTML = widgetIframe({ caller: "browser-test", q: "développeur", where, height: 300 });
  // The test counts the widget's "goToPage" messages that reach the handler (only the widget's own
  // frame, from the widget's origin, must get through).
  let goToPage = 0;
  listenToWidget(document.querySelector("#widget iframe"), {
    onGoToPage: () => {
      document.body.dataset.goToPage = String(++goToPage);
    },
  });
  document.body.dataset.done = "ok";
} catch (error) {
  document.querySelector("#count").textContent = `error: ${error.name} ${error.message}`;
  document.body.dataset.done = "error";
}
