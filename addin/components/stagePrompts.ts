/** What to consider at each stage, in plain words (the techUK 2014 guidance's five questions). */
export const stagePrompts = {
  capability: "What can the product or service do, and how could a buyer turn it against people?",
  destination:
    "How does the state treat journalists, human-rights defenders, minorities and opposition? Is surveillance authorised by an independent body?",
  endUser:
    "Who will really use it, and for what? Security services and police raise the risk; an undisclosed end user counts as the highest.",
  partners: "Who sits between you and the end user, and where? Have you checked them?",
  mitigations: "Which warning signs are present? Which contract clauses and controls will you put in place?",
} as const;
