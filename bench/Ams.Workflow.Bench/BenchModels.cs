namespace Ams.Workflow.Bench;

/// <summary>The benchmark shapes, as BPMN.</summary>
internal static class BenchModels
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
        """;

    /// <summary>(a) start → one service task → end.</summary>
    public const string OneTask = Head + """
          <bpmn:process id="one-task" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="work"><bpmn:extensionElements><zeebe:taskDefinition type="work" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>(c) start → a parallel multi-instance service task over the instance's ten items → end.</summary>
    public const string MultiInstance = Head + """
          <bpmn:process id="multi-instance" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="each">
              <bpmn:extensionElements><zeebe:taskDefinition type="item" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items" inputElement="item" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>
            </bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="each" />
            <bpmn:sequenceFlow id="f2" sourceRef="each" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>How many items shape (c) iterates over, each a job.</summary>
    public const int MultiInstanceItems = 10;

    /// <summary>(b) the revocation shape: start → service → user task → exclusive gateway → service → message catch → service → end.</summary>
    public const string Revocation = Head + """
          <bpmn:message id="m" name="enrollment-completed"><bpmn:extensionElements><zeebe:subscription correlationKey="=requestId" /></bpmn:extensionElements></bpmn:message>
          <bpmn:process id="revocation-shape" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="received"><bpmn:extensionElements><zeebe:taskDefinition type="mail" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:userTask id="verify"><bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" /><zeebe:taskSchedule dueDate="=now() + duration(&quot;PT4H&quot;)" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:exclusiveGateway id="decided" default="toReject" />
            <bpmn:serviceTask id="enroll"><bpmn:extensionElements><zeebe:taskDefinition type="enroll" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:intermediateCatchEvent id="enrolled"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
            <bpmn:serviceTask id="record"><bpmn:extensionElements><zeebe:taskDefinition type="record" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="rejected" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="received" />
            <bpmn:sequenceFlow id="f2" sourceRef="received" targetRef="verify" />
            <bpmn:sequenceFlow id="f3" sourceRef="verify" targetRef="decided" />
            <bpmn:sequenceFlow id="toEnroll" sourceRef="decided" targetRef="enroll"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=decision = "approved"</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toReject" sourceRef="decided" targetRef="rejected" />
            <bpmn:sequenceFlow id="f5" sourceRef="enroll" targetRef="enrolled" />
            <bpmn:sequenceFlow id="f6" sourceRef="enrolled" targetRef="record" />
            <bpmn:sequenceFlow id="f7" sourceRef="record" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
