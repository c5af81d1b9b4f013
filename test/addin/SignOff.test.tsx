import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { AssessView } from "../../addin/components/AssessView";
import { ScoreView } from "../../addin/components/ScoreView";
import { createContext } from "../../core/scoring/createContext";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";
import { memoryReviewStore, WithReviews, type MemoryReviewStore } from "../support/memoryReviews";
import { samplePipelineRows } from "../support/samplePipeline";
import { scoreTable } from "../../core/intake/scoreTable";
import { basisSourcesOf } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";

const ctx = createContext();
const profile = defaultProfile();
// Noon local time on 31 March 2026: the sign-off date and "today" of the review states.
const now = () => new Date(2026, 2, 31, 12, 0);

function workbookWithTable(rows = samplePipelineRows()): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Deals", rows);
  wb.addTable("Deals", "Deals", rows.length, rows[0].length);
  return wb;
}

function assess(store: MemoryReviewStore, wb = workbookWithTable(samplePipelineRows().slice(0, 3))) {
  return renderPane(
    <WithReviews store={store} render={(reviews) => <AssessView profile={profile} ctx={ctx} reviews={reviews} now={now} />} />,
    wb,
  );
}

async function enterDeal(user: UserEvent, capability: string, country: string, endUser: string, id = "D-900"): Promise<HTMLElement> {
  await user.selectOptions(screen.getByLabelText(/What the product can do/), capability);
  await user.type(screen.getByLabelText(/Destination country/), country);
  await user.selectOptions(screen.getByLabelText(/End-user type/), endUser);
  if (!id) return screen.getByRole("form", { name: "Assess a deal" });
  await user.type(screen.getByLabelText("Deal ID"), id);
  return screen.findByRole("region", { name: `Sign off deal ${id}` });
}

const record = () => screen.getByRole("button", { name: "Record sign-off" });
/** The summary of what was refused and each field's own message. */
const alerts = (form: HTMLElement) =>
  within(form)
    .getAllByRole("alert")
    .map((a) => a.textContent)
    .join(" | ");

describe("signing a deal off from the Assess view", () => {
  test("four eyes: an escalation needs an approver, who may not be the reviewer; then it is stored with the profile's review date", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    assess(store);
    const form = await enterDeal(user, "forensics", "Egypt", "financial");
    expect(form.textContent).toMatch(/The methodology recommends Escalate/);
    expect(within(form).getByRole("list", { name: "Sign-off rules" }).textContent).toMatch(/approver other than the reviewer/);
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.click(record());
    expect(alerts(form)).toMatch(/An escalation needs an approver other than the reviewer/);
    expect(
      within(form)
        .getByLabelText(/^Approver/)
        .getAttribute("aria-invalid"),
    ).toBe("true");
    await user.type(within(form).getByLabelText(/^Approver/), " a.  LEE ");
    await user.click(record());
    expect(alerts(form)).toMatch(/The approver must be someone other than the reviewer \('A. Lee'\)/);
    expect(store.saved).toEqual([]);

    await user.clear(within(form).getByLabelText(/^Approver/));
    await user.type(within(form).getByLabelText(/^Approver/), "B. Khan");
    expect((within(form).getByLabelText(/^Review by/) as HTMLInputElement).value).toBe("2026-09-30");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0][0]).toMatchObject({
      dealId: "D-900",
      recommended: "escalate",
      decision: "escalate",
      reviewer: "A. Lee",
      approver: "B. Khan",
      date: "2026-03-31",
      reviewBy: "2026-09-30",
      treatment: "Accept",
    });
    expect(within(form).getByRole("status").textContent).toMatch(/Recorded: deal D-900 escalate, reviewed by A. Lee, approved by B. Khan/);
    expect(within(form).getByLabelText("Current sign-off").textContent).toMatch(/Current \(review by 2026-09-30\)/);
  });

  test("an override needs a reason; conditions need an owner and a due date; notes and evidence are kept", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    assess(store);
    const form = await enterDeal(user, "forensics", "Egypt", "financial");
    await user.selectOptions(within(form).getByLabelText(/^Decision taken/), "proceed-with-conditions");
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.type(within(form).getByLabelText(/^Approver/), "B. Khan");
    await user.click(within(form).getByRole("button", { name: "Add condition" }));
    await user.type(within(form).getByLabelText(/^What condition 1 requires/), "Post-shipment verification visit");
    await user.click(record());
    const alert = alerts(form);
    expect(alert).toMatch(/differs from the methodology's \(escalate\): an override needs a reason/);
    expect(alert).toMatch(/condition 1 \('Post-shipment verification visit'\) has no owner/);
    expect(alert).toMatch(/has due date '': use YYYY-MM-DD/);

    await user.type(within(form).getByLabelText(/^Reason for the override/), "End-use visit agreed with the ministry");
    await user.type(within(form).getByLabelText(/^Owner of condition 1/), "C. Ortiz");
    await user.type(within(form).getByLabelText(/^Due date of condition 1/), "2026-06-30");
    await user.type(within(form).getByLabelText(/^Notes/), "Discussed at the March committee");
    await user.type(within(form).getByLabelText(/^Evidence links/), "https://dms.example/D-900/dd.pdf{enter}Minute 2026/03");
    // The review-by date follows the decision taken: 12 months for proceed with conditions.
    expect((within(form).getByLabelText(/^Review by/) as HTMLInputElement).value).toBe("2027-03-31");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0][0]).toMatchObject({
      decision: "proceed-with-conditions",
      recommended: "escalate",
      overrideReason: "End-use visit agreed with the ministry",
      conditions: [{ text: "Post-shipment verification visit", owner: "C. Ortiz", due: "2026-06-30" }],
      treatment: "Mitigate",
      notes: "Discussed at the March committee",
      evidence: ["https://dms.example/D-900/dd.pdf", "Minute 2026/03"],
      reviewBy: "2027-03-31",
    });
  });

  test("a stop can only be recorded as stop, with no approver to enter", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    assess(store);
    const form = await enterDeal(user, "intrusion", "Myanmar", "intelligence");
    const decisions = within(within(form).getByLabelText(/^Decision taken/)).getAllByRole("option");
    expect(decisions.map((o) => o.textContent)).toEqual(["Stop (recommended)"]);
    expect(within(form).queryByLabelText(/^Approver/)).toBeNull();
    expect(within(form).getByText("No approver: a stop cannot be approved.")).toBeTruthy();
    expect((within(form).getByLabelText(/^Review by/) as HTMLInputElement).value).toBe("");
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0][0]).toMatchObject({ decision: "stop", treatment: "Avoid", reviewBy: "" });
    expect(store.saved[0][0].approver).toBeUndefined();
  });

  test("going ahead against a decline needs a board approval reference as well as an approver", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    assess(store);
    const form = await enterDeal(user, "intrusion", "Egypt", "intelligence");
    expect(form.textContent).toMatch(/recommends Decline/);
    await user.selectOptions(within(form).getByLabelText(/^Decision taken/), "escalate");
    await user.type(within(form).getByLabelText(/^Reason for the override/), "Board accepted the risk");
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.type(within(form).getByLabelText(/^Approver/), "Chair");
    await user.click(record());
    expect(alerts(form)).toMatch(/needs the board's approval: give the board approval reference/);
    await user.type(within(form).getByLabelText(/^Board approval reference/), "Board minute 2026/14");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0][0]).toMatchObject({ decision: "escalate", recommended: "decline", boardApproval: "Board minute 2026/14" });
  });

  test("a deal signed off in the form and then added to the pipeline reads as current when the table is scored", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    const { wb } = assess(store);
    await user.selectOptions(screen.getByLabelText(/Route to market/), "reseller");
    await user.type(screen.getByLabelText(/Partner country/), "United Arab Emirates");
    await user.click(screen.getByLabelText("Re-export risk"));
    await user.click(screen.getByLabelText("Audit rights"));
    await user.type(screen.getByLabelText("Deal value"), "250000");
    const form = await enterDeal(user, "forensics", "Egypt", "financial");
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.type(within(form).getByLabelText(/^Approver/), "B. Khan");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    await user.click(screen.getByRole("button", { name: "Add to pipeline" }));
    await screen.findByText(/Added to table Deals/);
    const rows = Array.from({ length: 4 }, (_, r) => wb.row("Deals", r));
    const added = scoreTable(rows, ctx).results.find((r) => r.id === "D-900")!;
    const review = reviewLookup(store.saved[0], basisSourcesOf(ctx), "2026-04-01")(added);
    expect(review.status).toBe("current");
  });

  test("without a Deal ID there is no sign-off form, and the view says why", async () => {
    const user = userEvent.setup();
    assess(memoryReviewStore());
    await enterDeal(user, "forensics", "Egypt", "financial", "");
    expect(screen.queryByRole("button", { name: "Record sign-off" })).toBeNull();
    expect(screen.getByText(/To sign this deal off, give it its Deal ID/)).toBeTruthy();
  });

  test("records that could not be read block a new one, so none is stored over them", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore(
      [],
      ["2 decision record(s) are recorded in this workbook but their stored data is missing or altered."],
    );
    assess(store);
    const form = await enterDeal(user, "forensics", "Egypt", "financial");
    await waitFor(() => expect(form.textContent).toMatch(/could not be read: 2 decision record\(s\)/));
    expect(within(form).queryByRole("button", { name: "Record sign-off" })).toBeNull();
  });

  test("a record stored by another pane since this one opened is kept when this one signs off", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    assess(store);
    const form = await enterDeal(user, "intrusion", "Myanmar", "intelligence");
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    const theirs = { ...store.saved[0][0], dealId: "D-OTHER", reviewer: "Z. Other" };
    store.saved.push([...store.saved[0], theirs]);
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(3));
    expect(store.saved[2].map((r) => `${r.dealId} ${r.reviewer}`)).toEqual(["D-900 A. Lee", "D-OTHER Z. Other", "D-900 A. Lee"]);
  });

  test("a failed save is said in words and nothing is recorded", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    store.failWith = "The decision record could not be saved in the workbook: The document is read-only.";
    assess(store);
    const form = await enterDeal(user, "intrusion", "Myanmar", "intelligence");
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.click(record());
    expect((await within(form).findByRole("status")).textContent).toMatch(/read-only/);
    expect(within(form).getByLabelText("Current sign-off").textContent).toMatch(/Not signed off/);
  });
});

describe("signing deals off from the Score results", () => {
  test("the scored deals awaiting a decision are listed; one is signed off, and scoring again writes its review columns", async () => {
    const user = userEvent.setup();
    const store = memoryReviewStore();
    const { wb } = renderPane(
      <WithReviews store={store} render={(reviews) => <ScoreView profile={profile} ctx={ctx} reviews={reviews} now={now} />} />,
      workbookWithTable(),
    );
    await screen.findByRole("option", { name: "Table Deals (Deals)" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Read columns" }));
    await user.click(await screen.findByRole("button", { name: "Score and write results" }));
    await screen.findByRole("heading", { name: "Sign-off" });
    const list = screen.getByRole("list", { name: "Deals to sign off" });
    // The most severe first: the sample's stops, never signed off.
    expect(within(list).getAllByRole("listitem")[0].textContent).toMatch(/^D-\d+ Stop - Not signed off$/);
    expect(screen.getByText(/^\d+ of \d+ deals with a Deal ID await a decision/)).toBeTruthy();

    await user.type(screen.getByLabelText(/^Find a deal/), "D-003");
    await user.click(within(list).getByRole("button", { name: "Sign off D-003" }));
    const form = screen.getByRole("region", { name: "Sign off deal D-003" });
    expect(form.textContent).toMatch(/Row 4: .*recommends Decline/);
    await user.type(within(form).getByLabelText(/^Reviewer/), "A. Lee");
    await user.click(record());
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0][0]).toMatchObject({ dealId: "D-003", decision: "decline", treatment: "Avoid" });
    expect(within(list).getByRole("listitem").textContent).toBe("D-003 Decline - Current (review by 2026-09-30)");

    const head = wb.row("Deals", 0);
    const status = head.indexOf("Risk: review status");
    expect(wb.row("Deals", 3)[status]).toBe("Not signed off");
    await user.click(screen.getByRole("button", { name: "Score again to update them" }));
    await waitFor(() => expect(wb.row("Deals", 3)[status]).toBe("Current (review by 2026-09-30)"));
    expect(wb.row("Deals", 3)[head.indexOf("Risk: decision taken")]).toBe("Decline");
  });
});
