import { createRoot } from "react-dom/client";

// Minimal task pane root so the add-in builds; the task pane views (issue 5) replace this file.
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<p>Cyber Export Risk: the EXPORTRISK functions are available in this workbook.</p>);
}
