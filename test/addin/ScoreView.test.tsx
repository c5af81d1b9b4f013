import { screen, waitFor, within } from "@testing-library/react";
import { installOfficeSettings } from "../support/fakeOfficeSettings";
import { scoretable } from "../../functions/functions";
import { installCustomFunctionsStandIn } from "../functions/customFunctionsStandIn";
import userEvent from "@testing-library/user-event";
import { ScoreView } from "../../addin/components/ScoreView";
import { createContext } from "../../core/scoring/createContext";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";
import { noReviews } from "../support/memoryReviews";
import { samplePipelineRows } from "../support/samplePipeline";

const ctx = createContext();
const profile = defaultProfile();
const now = () => new Date(Date.UTC(2026, 10, 20, 9, 30));

function workbook(rows: (string | number)[][]): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", rows);
  wb.addTable("Deals", "Deals", rows.length, rows[0].length);
  return wb;
}

describe("Score pipeline", () => {
  test("reads the table, shows the mapping, writes results, summarises and links each row error to its cell", async () => {
    const user = userEvent.setup();
    const rows = samplePipelineRows();
    const { wb } = renderPane(<ScoreView profile={profile} ctx={ctx} reviews={noReviews} now={now} />, workbook(rows));
    await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Read columns" }));
    const mapping = await screen.findByRole("group", { name: "Column mapping" });
    expect((within(mapping).getByLabelText("Destination country") as HTMLSelectElement).value).toBe("country");
    await user.click(screen.getByRole("button", { name: "Score and write results" }));
    await screen.findByRole("heading", { name: "Summary" });
    expect(wb.value("Deals!W2")).toBe("2026-11-20 09:30 UTC");
    const errors = within(screen.getByRole("list", { name: "Row errors" })).getAllByRole("button");
    expect(errors.length).toBeGreaterThanOrEqual(4);
    const atlantis = rows.findIndex((r) => r[0] === "D-063") + 1;
    const link = errors.find((e) => e.textContent === `E${atlantis}`)!;
    await user.click(link);
    expect(wb.selection).toEqual({ sheet: "Deals", row: atlantis - 1, column: 4, rowCount: 1, columnCount: 1 });
    const byBand = screen.getByRole("table", { name: "Deals by residual band and decision" });
    const total = profile.bands
      .map((b) => Number(within(byBand).getByRole("rowheader", { name: b.label }).nextElementSibling!.textContent))
      .reduce((a, b) => a + b);
    const errorRows = rows.slice(1).filter((_, i) => String(wb.row("Deals", i + 1)[19]).startsWith("Input error - provisional ")).length;
    expect(errorRows).toBe(4);
    expect(total).toBe(rows.length - 1 - errorRows);
  });

  test("a header the intake does not know can be mapped by hand before scoring", async () => {
    const user = userEvent.setup();
    const rows: (string | number)[][] = [
      ["Ref", "Land", "Capability", "End user type"],
      ["X-1", "Norway", "Firewall", "Enterprise"],
    ];
    const { wb } = renderPane(<ScoreView profile={profile} ctx={ctx} reviews={noReviews} now={now} />, workbook(rows));
    await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Read columns" }));
    await screen.findByText(/No column was recognised/);
    expect((screen.getByRole("button", { name: "Score and write results" }) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByLabelText("Land"), "country");
    await user.selectOptions(screen.getByLabelText("Capability"), "capability");
    await user.click(screen.getByRole("button", { name: "Score and write results" }));
    await screen.findByRole("heading", { name: "Summary" });
    expect(wb.value("Deals!G2")).toBe("Proceed");
  });

  test("a user's column with the tool's header: the pane says so, asks, and writes after the data only when told", async () => {
    const user = userEvent.setup();
    const rows = samplePipelineRows()
      .slice(0, 4)
      .map((r, i) => [...r, i === 0 ? "Risk: decision" : "reviewed"]);
    const { wb } = renderPane(<ScoreView profile={profile} ctx={ctx} reviews={noReviews} now={now} />, workbook(rows));
    await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Read columns" }));
    await user.click(await screen.findByRole("button", { name: "Score and write results" }));
    await screen.findByText(/Column R \('Risk: decision'\) was not created by this tool/);
    expect(wb.writes).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Write after the data" }));
    await screen.findByRole("heading", { name: "Summary" });
    expect(wb.value("Deals!R2")).toBe("reviewed");
    expect(wb.value("Deals!S1")).toBe("Risk: residual score");
  });
});

describe("Score pipeline: the value-mapping step", () => {
  beforeAll(installCustomFunctionsStandIn);

  test("lists the values the tool could not read, saves the choices in the workbook, and re-scoring and SCORETABLE use them", async () => {
    const settings = installOfficeSettings();
    const user = userEvent.setup();
    const rows: (string | number)[][] = [
      ["Opportunity ID", "Ship-to Country", "Product Line", "Industry", "Concerns"],
      ["O-1", "North Korea", "Firewall", "Manufacturing", ""],
      ["O-2", "Germany", "Firewall", "Manufacturing", "Payment via third country"],
      ["O-3", "Germany", "Endpoint AV", "Financial Services", ""],
    ];
    const { wb } = renderPane(<ScoreView profile={profile} ctx={ctx} reviews={noReviews} now={now} />, workbook(rows));
    await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Read columns" }));
    await user.click(await screen.findByRole("button", { name: "Score and write results" }));
    await screen.findByRole("heading", { name: "Summary" });
    // Two rows not assessed; North Korea is provisionally stopped, never shown as clear.
    expect(screen.getByText("2 deals not assessed: provisional 1 stop, 1 escalate.")).toBeTruthy();
    const step = screen.getByRole("group", { name: "Value mapping" });
    const industry = within(step).getByLabelText(/Industry: 'Manufacturing' \(2 rows, not assessed\)/);
    const concern = within(step).getByLabelText(/Concerns: 'Payment via third country' \(1 row\)/);
    await user.selectOptions(industry, "enterprise");
    await user.selectOptions(concern, "unusual-routing");
    await user.click(screen.getByRole("button", { name: "Save mapping and score again" }));
    await waitFor(() => expect(screen.queryByText(/deals not assessed/)).toBeNull());
    expect(settings.saves).toBe(1);
    const saved = JSON.parse(settings.store["exportRisk.valueMapping"] as string);
    expect(saved.values).toEqual([
      { field: "endUserType", source: "Manufacturing", mapsTo: "enterprise" },
      { field: "redFlags", source: "Payment via third country", mapsTo: "unusual-routing" },
    ]);
    expect(wb.value("Deals!H2")).toBe("Stop");
    // SCORETABLE in the same runtime reads with the saved mapping.
    const spill = scoretable(rows, [["deal id, decision"]]) as unknown[][];
    expect(spill.map((r) => r[1])).toEqual(["Stop", "Proceed", "Proceed"]);
  });
});

test("two columns for one field: the pane names both and scores only once the user has chosen", async () => {
  const user = userEvent.setup();
  const rows: (string | number)[][] = [
    ["Deal", "Country", "Capability", "Destination country"],
    ["D1", "Germany", "Firewall", "North Korea"],
  ];
  const { wb } = renderPane(<ScoreView profile={profile} ctx={ctx} reviews={noReviews} now={now} />, workbook(rows));
  await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
  await user.click(screen.getByRole("button", { name: "Read columns" }));
  await screen.findByText(/Columns 'Country' \(B\) and 'Destination country' \(D\) all give the country/);
  expect((screen.getByRole("button", { name: "Score and write results" }) as HTMLButtonElement).disabled).toBe(true);
  await user.selectOptions(screen.getByLabelText("Destination country"), "country");
  await user.click(screen.getByRole("button", { name: "Score and write results" }));
  await screen.findByRole("heading", { name: "Summary" });
  expect(wb.value("Deals!G2")).toBe("Stop");
});
