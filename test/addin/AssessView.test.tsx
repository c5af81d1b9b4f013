import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AssessView } from "../../addin/components/AssessView";
import { createContext } from "../../core/scoring/createContext";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { scoreTable } from "../../core/intake/scoreTable";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";
import { noReviews } from "../support/memoryReviews";
import { samplePipelineRows } from "../support/samplePipeline";

const ctx = createContext();
const profile = defaultProfile();

function workbookWithTable(): FakeWorkbook {
  const rows = samplePipelineRows().slice(0, 3);
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", rows);
  wb.addTable("Pipeline", "Deals", rows.length, rows[0].length);
  return wb;
}

describe("Assess a deal", () => {
  test("the result follows the form: intrusion software for Myanmar's security service is a stop with its hard stop", async () => {
    const user = userEvent.setup();
    renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, workbookWithTable());
    expect(screen.getByText(/Choose what the product can do/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(/What the product can do/), "intrusion");
    await user.type(screen.getByLabelText(/Destination country/), "Myanmar");
    await user.selectOptions(screen.getByLabelText(/End-user type/), "intelligence");
    const result = screen.getByRole("region", { name: "Assessment result" });
    expect(within(result).getByText("Stop")).toBeTruthy();
    expect(within(result).getByText("Hard stop")).toBeTruthy();
    expect(
      within(result)
        .getAllByRole("listitem")
        .some((li) => /Myanmar/.test(li.textContent ?? "")),
    ).toBe(true);
  });

  test("mitigations lower the residual band as they are ticked", async () => {
    const user = userEvent.setup();
    renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, workbookWithTable());
    await user.selectOptions(screen.getByLabelText(/What the product can do/), "forensics");
    await user.type(screen.getByLabelText(/Destination country/), "Brazil");
    await user.selectOptions(screen.getByLabelText(/End-user type/), "law-enforcement");
    const residual = () => screen.getByText("Residual").nextElementSibling!.textContent!;
    const before = Number(/(\d+) = likelihood/.exec(residual())![1]);
    for (const m of ["Audit rights", "Technical limits on use"]) await user.click(screen.getByLabelText(m));
    const after = Number(/(\d+) = likelihood/.exec(residual())![1]);
    expect(after).toBeLessThan(before);
  });

  test("the summary at the top names the fewest clauses to a better decision, and its button ticks them and shows the new result", async () => {
    const user = userEvent.setup();
    renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, workbookWithTable());
    await user.selectOptions(screen.getByLabelText(/What the product can do/), "forensics");
    await user.type(screen.getByLabelText(/Destination country/), "Egypt");
    await user.selectOptions(screen.getByLabelText(/End-user type/), "financial");
    const summary = screen.getByRole("status", { name: "Decision summary" });
    // Kept above the five stages, so it is in view while they are edited.
    const firstStage = screen.getByRole("heading", { name: "1. Capability" });
    expect(summary.compareDocumentPosition(firstStage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(summary).getByText("Escalate")).toBeTruthy();
    expect(summary.textContent).toMatch(
      /To reach proceed with conditions: add Audit rights and Right to suspend support, updates and licences and to terminate on misuse/,
    );
    await user.click(
      within(summary).getByRole("button", {
        name: "Tick Audit rights and Right to suspend support, updates and licences and to terminate on misuse",
      }),
    );
    expect(within(summary).getByText("Proceed with conditions")).toBeTruthy();
    expect((screen.getByLabelText("Audit rights") as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByLabelText("Right to suspend support, updates and licences and to terminate on misuse") as HTMLInputElement).checked,
    ).toBe(true);
    expect(summary.textContent).toMatch(/To reach proceed: add Technical limits on use and Exporter keeps licence keys and updates/);
    const path = screen.getByRole("region", { name: "Path to proceed" });
    await user.click(within(path).getByRole("button", { name: /Tick/ }));
    expect(within(screen.getByRole("region", { name: "Assessment result" })).getByText("Proceed")).toBeTruthy();
    expect(within(summary).getByText("Proceed")).toBeTruthy();
  });

  test("spyware for Egypt's intelligence service is declined by red line RL1, and the summary says no clause can lift it", async () => {
    const user = userEvent.setup();
    renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, workbookWithTable());
    await user.selectOptions(screen.getByLabelText(/What the product can do/), "intrusion");
    await user.type(screen.getByLabelText(/Destination country/), "Egypt");
    await user.selectOptions(screen.getByLabelText(/End-user type/), "intelligence");
    const summary = screen.getByRole("status", { name: "Decision summary" });
    expect(within(summary).getByText("Decline")).toBeTruthy();
    expect(summary.textContent).toMatch(/Red line RL1 .* holds whatever the clauses/);
    expect(within(summary).queryByRole("button")).toBeNull();
    const result = screen.getByRole("region", { name: "Assessment result" });
    expect(within(result).getByText("Red line")).toBeTruthy();
  });

  test("an unrecognised country is named with a suggestion and no result is shown", async () => {
    const user = userEvent.setup();
    renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, workbookWithTable());
    await user.selectOptions(screen.getByLabelText(/What the product can do/), "firewall");
    await user.type(screen.getByLabelText(/Destination country/), "Germny");
    expect(screen.getAllByText(/Country 'Germny' is not recognised - did you mean 'Germany'/).length).toBeGreaterThan(0);
    expect(screen.queryByRole("region", { name: "Assessment result" })).toBeNull();
  });

  test("Add to pipeline appends the deal under the table's headers, and the table scores it the same", async () => {
    const user = userEvent.setup();
    const { wb } = renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, workbookWithTable());
    await user.selectOptions(screen.getByLabelText(/What the product can do/), "interception");
    await user.type(screen.getByLabelText(/Destination country/), "Egypt");
    await user.selectOptions(screen.getByLabelText(/End-user type/), "law-enforcement");
    await user.selectOptions(screen.getByLabelText(/Route to market/), "reseller");
    await user.type(screen.getByLabelText(/Partner country/), "United Arab Emirates");
    await user.click(screen.getByLabelText("Re-export risk"));
    await user.click(screen.getByLabelText("Audit rights"));
    await user.type(screen.getByLabelText("Deal ID"), "D-NEW");
    const decision = within(screen.getByRole("region", { name: "Assessment result" })).getByText(
      /^(Proceed|Proceed with conditions|Escalate|Decline|Stop)$/,
    ).textContent;
    await waitFor(() => expect((screen.getByRole("button", { name: "Add to pipeline" }) as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole("button", { name: "Add to pipeline" }));
    await screen.findByText(/Added to table Pipeline at Deals!A4:Q4/);
    const table = [0, 1, 2, 3].map((r) => wb.row("Deals", r));
    expect(table[3][0]).toBe("D-NEW");
    const back = scoreTable(table, ctx).results[2];
    if (back.status !== "ok") throw new Error(JSON.stringify(back));
    expect(profile.decisions.find((d) => d.id === back.assessment.decision)!.label).toBe(decision);
    expect(back.deal.redFlags).toContain("re-export");
    expect(back.deal.partnerCountry).toBe("AE");
  });
});
