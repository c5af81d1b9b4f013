import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AssessView } from "../../addin/components/AssessView";
import { createContext } from "../../core/scoring/createContext";
import { defaultProfile } from "../../core/methodology/loadProfile";
import { noReviews } from "../support/memoryReviews";
import { FakeWorkbook } from "../support/fakeExcel";
import { renderPane } from "../support/renderPane";

const profile = defaultProfile();

async function hongKongForensics(ctx = createContext()) {
  const user = userEvent.setup();
  renderPane(<AssessView profile={profile} ctx={ctx} reviews={noReviews} />, new FakeWorkbook());
  await user.selectOptions(screen.getByLabelText(/What the product can do/), "forensics");
  await user.type(screen.getByLabelText(/Destination country/), "Hong Kong");
  await user.selectOptions(screen.getByLabelText(/End-user type/), "law-enforcement");
  return user;
}

const result = () => screen.getByRole("region", { name: "Assessment result" });
const asAtShown = () => screen.getByText("Assessed as at").nextElementSibling!.textContent;

describe("Assess a deal as at a date", () => {
  test("police forensics for Hong Kong: escalate before the UK extended its arms embargo on 2020-07-20, stop after", async () => {
    const user = await hongKongForensics();
    const asAt = screen.getByLabelText(/Assess as at/);
    await user.type(asAt, "2020-07-19");
    expect(within(result()).getByText("Escalate")).toBeTruthy();
    expect(asAtShown()).toBe("2020-07-19");
    await user.clear(asAt);
    await user.type(asAt, "2020-11-15");
    expect(within(result()).getByText("Stop")).toBeTruthy();
    expect(result().textContent).toMatch(/Arms embargo on Hong Kong \(UK: UK arms embargo on mainland China extended to Hong Kong/);
    expect(asAtShown()).toBe("2020-11-15");
  });

  test("blank uses the Settings date", async () => {
    await hongKongForensics(createContext({ asAt: "2020-07-19" }));
    expect(asAtShown()).toBe("2020-07-19");
    expect(within(result()).getByText("Escalate")).toBeTruthy();
  });

  test("a date not written YYYY-MM-DD is named and no result is shown (day and month order are never guessed)", async () => {
    const user = await hongKongForensics();
    await user.type(screen.getByLabelText(/Assess as at/), "15/11/2020");
    expect(screen.getAllByText(/As at '15\/11\/2020' is not a date - write it as YYYY-MM-DD/).length).toBeGreaterThan(0);
    expect(screen.queryByRole("region", { name: "Assessment result" })).toBeNull();
  });
});
