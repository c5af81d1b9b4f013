import { TextDecoder, TextEncoder } from "util";
import { readFileSync } from "fs";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PartnersView } from "../../addin/components/PartnersView";
import { readStoredScreening } from "../../addin/excel/screeningStore";
import { useScreening } from "../../addin/state/useScreening";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { functionsScreener, resetFunctionsSettings } from "../../functions/context";
import { FakeWorkbook } from "../support/fakeExcel";
import { installOfficeSettings } from "../support/fakeOfficeSettings";
import { renderPane } from "../support/renderPane";
import { SANCTIONS } from "../screening/realLists";

// jsdom has no TextDecoder; the list importers decode the file bytes with it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const profile = defaultProfile();
const now = () => new Date(Date.UTC(2026, 10, 20, 9, 30));

function Pane() {
  const screening = useScreening(profile, undefined, now);
  return <PartnersView screening={screening} now={now} />;
}

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const rows = [
    ["Partner ID", "Reseller", "Country"],
    ["P-1", "200G PSA Holdings, L.L.C.", "United States"],
    ["P-2", "Contoso Reseller GmbH", "Germany"],
    ["P-3", "Abu Reihan Group", "Iran"],
  ];
  wb.addSheet("Partners", rows);
  wb.addTable("Partners", "Partners", rows.length, 3);
  return wb;
}

const cslFile = () => new File([readFileSync(`${SANCTIONS}/us-csl-sample.csv`)], "us-csl-sample.csv", { type: "text/csv" });

afterEach(resetFunctionsSettings);

describe("Partners", () => {
  test("with no lists it says nothing was screened, and screening is not offered", async () => {
    installOfficeSettings();
    renderPane(<Pane />, workbook());
    await screen.findByText(/No restricted-party list is loaded, so no partner has been screened/);
    expect((screen.getByRole("button", { name: "Screen and write results" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("load a list, screen the table in place, clear a hit with reviewer and reason, stored in the workbook", async () => {
    const user = userEvent.setup();
    const settings = installOfficeSettings();
    const { wb } = renderPane(<Pane />, workbook());
    await screen.findByText(/No restricted-party list is loaded/);
    await user.upload(screen.getByLabelText("List files"), cslFile());
    const loaded = await screen.findByRole("list", { name: "Loaded lists" });
    await within(loaded).findByText(/US CSL · as of unknown date · \d+ entries · \d+ aliases/, undefined, { timeout: 10_000 });
    expect(within(loaded).getByText(/us-csl-sample.csv · sha256 [0-9a-f]{16}…/)).toBeTruthy();
    expect(settings.saves).toBe(1);
    expect(functionsScreener()).toBeDefined();

    await screen.findByRole("option", { name: "Table Partners (Partners)" });
    await user.click(screen.getByRole("button", { name: "Screen and write results" }));
    await screen.findByRole("heading", { name: "3. Review hits" });
    expect(screen.getByText(/3 names screened: 2 match, 0 cleared by a reviewer, 1 clear/)).toBeTruthy();
    expect(wb.row("Partners", 0).slice(3, 5)).toEqual(["Screening: status", "Screening: best match"]);
    expect(wb.row("Partners", 1)[3]).toBe("match");
    expect(wb.row("Partners", 2)[3]).toBe("clear");
    expect(wb.value("Partners!K2")).toBe("2026-11-20 09:30 UTC");

    const hits = screen.getByRole("list", { name: "Hits to review" });
    const card = within(hits)
      .getAllByRole("listitem")
      .find((li) => li.textContent!.includes("200G PSA HOLDINGS LLC"))!;
    // Side by side: the partner as written in the sheet, and the list entry with its programme.
    expect(card.textContent).toMatch(/Partner200G PSA Holdings, L\.L\.C\./);
    expect(card.textContent).toMatch(/US CSL SDN:20264200G PSA HOLDINGS LLCProgramme: SDN: SDNTK/);
    const clear = within(card).getByRole("button", { name: "Clear" }) as HTMLButtonElement;
    expect(clear.disabled).toBe(true);
    await user.type(screen.getByLabelText(/Reviewer/), "A. Reviewer");
    expect(clear.disabled).toBe(true); // a reason is required too
    await user.type(within(card).getByLabelText("Reason"), "Dissolved in 2019; no link to our reseller");
    await user.click(clear);
    await waitFor(() => expect(wb.row("Partners", 1)[3]).toBe("cleared"), { timeout: 10_000 });
    expect(wb.row("Partners", 1)[9]).toBe("cleared by A. Reviewer on 2026-11-20: Dissolved in 2019; no link to our reseller");
    await screen.findByText(/Cleared by A. Reviewer on 2026-11-20/);
    const stored = await act(() => readStoredScreening());
    expect(stored.decisions.map((d) => [d.inputName, d.status, d.by, d.reason])).toEqual([
      ["200G PSA Holdings, L.L.C.", "cleared", "A. Reviewer", "Dissolved in 2019; no link to our reseller"],
    ]);
    expect(stored.lists.map((l) => l.source)).toEqual(["US CSL"]);

    await user.click(screen.getByRole("button", { name: "Remove US CSL" }));
    await screen.findByText(/No restricted-party list is loaded/);
    expect(functionsScreener()).toBeUndefined();
  });

  test("a file that is not a list is refused with the file named, and nothing is stored", async () => {
    const user = userEvent.setup();
    const settings = installOfficeSettings();
    renderPane(<Pane />, workbook());
    await screen.findByText(/No restricted-party list is loaded/);
    await user.upload(
      screen.getByLabelText("List files"),
      new File(["<html><body>not a list</body></html>"], "page.xml", { type: "text/xml" }),
    );
    await screen.findByText(/^page\.xml: /);
    expect(settings.saves).toBe(0);
  });
});
