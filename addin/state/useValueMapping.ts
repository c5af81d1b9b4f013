import { useEffect, useState } from "react";
import type { IntakeMapping } from "../../core";
import { emptyValueMapping, intakeFromStored, withChoices, type StoredValueMapping } from "../../core";
import type { ScoringContext } from "../../core";
import { setFunctionsValueMapping } from "../../functions/context";
import { readWorkbookValueMapping, writeWorkbookValueMapping } from "../excel/workbookValueMapping";
import type { ValueChoice } from "../components/ValueMappingStep";

/**
 * The workbook's value mapping: read when the view opens (and handed to SCORETABLE), extended and
 * saved by the value-mapping step. `save` resolves to the mapping to score with, or undefined when
 * it could not be saved (the problem says why).
 */
export function useValueMapping(ctx: ScoringContext) {
  const [stored, setStored] = useState<StoredValueMapping>(emptyValueMapping);
  const [intake, setIntake] = useState<IntakeMapping>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const json = readWorkbookValueMapping();
    const checked = intakeFromStored(json, ctx);
    if (checked.ok) {
      setStored(json as StoredValueMapping);
      setIntake(checked.mapping);
      setFunctionsValueMapping(checked.mapping);
    } else setProblem(checked.message);
  }, [ctx]);

  const save = async (choices: ValueChoice[]): Promise<IntakeMapping | undefined> => {
    const next = withChoices(stored, choices);
    const checked = intakeFromStored(next, ctx);
    if (!checked.ok) {
      setProblem(checked.message);
      return undefined;
    }
    const failed = await writeWorkbookValueMapping(next);
    if (failed) {
      setProblem(failed);
      return undefined;
    }
    setProblem(undefined);
    setStored(next);
    setIntake(checked.mapping);
    setFunctionsValueMapping(checked.mapping);
    return checked.mapping;
  };

  return { intake, problem, save };
}
