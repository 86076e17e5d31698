using System.Xml.Linq;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>The XML namespaces a Camunda 8 model is written in.</summary>
internal static class BpmnNames
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    public static XName Of(string localName) => Bpmn + localName;

    public static XName OfZeebe(string localName) => Zeebe + localName;
}
