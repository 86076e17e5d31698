// A new DMN 1.3 file: one decision table (hit policy UNIQUE) with one input, one output and one rule, and the shape the
// requirements diagram draws it with.
export function newDecisionXml(name) {
  const suffix = Math.random().toString(36).slice(2, 9);
  const id = `Decision_${suffix}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="Definitions_${suffix}" name="${escapeXml(name)}" namespace="http://camunda.org/schema/1.0/dmn">
  <decision id="${id}" name="${escapeXml(name)}">
    <decisionTable id="DecisionTable_${suffix}" hitPolicy="UNIQUE">
      <input id="Input_${suffix}" label="Input">
        <inputExpression id="InputExpression_${suffix}" typeRef="string"><text>input</text></inputExpression>
      </input>
      <output id="Output_${suffix}" label="Output" name="output" typeRef="string" />
      <rule id="Rule_${suffix}">
        <inputEntry id="InputEntry_${suffix}"><text>-</text></inputEntry>
        <outputEntry id="OutputEntry_${suffix}"><text>"result"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="Diagram_${suffix}">
      <dmndi:DMNShape id="Shape_${suffix}" dmnElementRef="${id}">
        <dc:Bounds height="80" width="180" x="160" y="100" />
      </dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>`;
}

function escapeXml(text) {
  return text.replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);
}
