import { createScreener, importLists, type ScreeningList } from "../../core/screening";

/*
 * No EU or UK file is in the shared data set. These samples are written by hand from the published
 * layouts (EU Financial Sanctions File XML 1.1; FCDO UK Sanctions List XML) with invented entries.
 */
const EU_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-02-20T18:02:51.170+01:00" globalFileId="171000">
  <sanctionEntity designationDate="2022-02-23" logicalId="13001" euReferenceNumber="EU.9001.01" unitedNationId="">
    <regulation regulationType="regulation" programme="RUS" entryIntoForceDate="2022-02-23" numberTitle="2022/261 (OJ L42I)"/>
    <subjectType code="enterprise" classificationCode="E"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Example Defence Systems JSC" nameLanguage="EN" strong="true" logicalId="1"/>
    <nameAlias wholeName="Акционерное общество Пример Системы" nameLanguage="RU" strong="true" logicalId="2"/>
    <nameAlias wholeName="EDS" nameLanguage="" strong="false" logicalId="3"/>
    <address city="Moscow" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="4"/>
  </sanctionEntity>
  <sanctionEntity designationDate="2011-05-23" logicalId="13002" euReferenceNumber="EU.9002.02">
    <regulation programme="SYR"/>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias firstName="Samir" lastName="Exemplar" wholeName="Samir Exemplar" strong="true"/>
    <citizenship countryIso2Code="SY" countryDescription="SYRIAN ARAB REPUBLIC"/>
  </sanctionEntity>
</export>`;

const UK_SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<Designations xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <DateGenerated>20/02/2026</DateGenerated>
  <Designation>
    <UniqueID>CYB0999</UniqueID>
    <RegimeName>The Cyber (Sanctions) (EU Exit) Regulations 2020</RegimeName>
    <IndividualEntityShip>Entity</IndividualEntityShip>
    <Names>
      <Name><Name6>Sample Intrusion Labs</Name6><NameType>Primary Name</NameType></Name>
      <Name><Name6>SIL Group</Name6><NameType>Alias</NameType><AliasStrength>Low quality a.k.a</AliasStrength></Name>
      <Name><Name6>Sample Intrusion Laboratories</Name6><NameType>Primary Name Variation</NameType></Name>
    </Names>
    <Addresses><Address><AddressLine1>1 Example Street</AddressLine1><AddressCountry>Cyprus</AddressCountry></Address></Addresses>
  </Designation>
  <Designation>
    <UniqueID>GHR0999</UniqueID>
    <RegimeName>Global Human Rights</RegimeName>
    <IndividualEntityShip>Individual</IndividualEntityShip>
    <Names>
      <Name><Name1>Ivan</Name1><Name2>Petrovich</Name2><Name6>Samplov</Name6><NameType>Primary Name</NameType></Name>
    </Names>
    <IndividualDetails><Individual><Nationalities><Nationality>Russia</Nationality></Nationalities></Individual></IndividualDetails>
  </Designation>
</Designations>`;

function only(text: string, name: string): ScreeningList {
  const [r] = importLists([{ name, text }]);
  if (!r.ok) throw new Error(r.error.message);
  return r.list;
}

describe("EU Financial Sanctions File XML (sample written from the published layout)", () => {
  const eu = only(EU_SAMPLE, "eu.xml");

  it("reads entities, strong and weak nameAliases, programmes and the generation date", () => {
    expect(eu).toMatchObject({
      format: "eu-xml",
      source: "EU",
      entryCount: 2,
      asOf: "2026-02-20",
      asOfFrom: "file",
      weakAliasCount: 1,
      aliasCount: 2,
    });
    expect(eu.entries[0]).toMatchObject({
      entryId: "EU.9001.01",
      listName: "Example Defence Systems JSC",
      programme: "RUS",
      partyType: "entity",
      countries: ["RUSSIAN FEDERATION"],
    });
    expect(eu.entries[1]).toMatchObject({ listName: "Samir Exemplar", partyType: "individual", countries: ["SYRIAN ARAB REPUBLIC"] });
  });

  it("matches a transliterated Cyrillic alias, and its weak acronym alone does not alert", () => {
    const s = createScreener([eu], { threshold: 0.9 });
    expect(s.screen("Primer Sistemy AO")[0]).toMatchObject({ entryId: "EU.9001.01", aliasQuality: "strong" });
    expect(s.screen("EDS")).toEqual([]);
  });
});

describe("UK Sanctions List XML (sample written from the published layout)", () => {
  const uk = only(UK_SAMPLE, "uk.xml");

  it("reads designations, name parts, name variations and Low-quality aliases as weak", () => {
    expect(uk).toMatchObject({ format: "uk-xml", source: "UK", entryCount: 2, asOf: "2026-02-20", weakAliasCount: 1 });
    expect(uk.entries[0].names).toEqual([
      { name: "Sample Intrusion Labs", quality: "primary" },
      { name: "SIL Group", quality: "weak", kind: "Alias" },
      { name: "Sample Intrusion Laboratories", quality: "strong", kind: "Primary Name Variation" },
    ]);
    expect(uk.entries[1]).toMatchObject({ listName: "Ivan Petrovich Samplov", partyType: "individual", countries: ["Russia"] });
  });
});

describe("internal watch list CSV", () => {
  it("reads name, aliases, programme and id from a header row", () => {
    const list = only(
      "Name,Aliases,Programme,ID\nAcme Spyware Ltd,Acme Spy; ASW,Board decision 2025-11,W-1\nGlobex Surveillance,,,\n",
      "watch.csv",
    );
    expect(list).toMatchObject({ format: "watch-list", source: "Internal", entryCount: 2, aliasCount: 2 });
    expect(list.entries[0]).toMatchObject({ entryId: "W-1", programme: "Board decision 2025-11" });
    expect(list.entries[1]).toMatchObject({ entryId: "globex surveillance", programme: "internal watch list" });
  });

  it("reads a file of names, one a line, under a Name header", () => {
    const list = only("Name\nAcme Spyware Ltd\nGlobex Surveillance\n", "names.csv");
    expect(list.entries.map((e) => e.listName)).toEqual(["Acme Spyware Ltd", "Globex Surveillance"]);
  });
});
