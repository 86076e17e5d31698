namespace Ams.Workflow.Engine.Tests;

/// <summary>Wraps test fragments in the definitions element Camunda Modeler writes.</summary>
public static class Bpmn
{
    private const string Namespaces =
        """xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" """;

    /// <summary>A definitions element with one executable process.</summary>
    public static string Process(string body, string id = "p") => Definitions("", body, id);

    /// <summary>A definitions element with root elements (messages, errors) before one executable process.</summary>
    public static string Definitions(string rootElements, string body, string id = "p") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions {Namespaces} id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.30.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
          {rootElements}
          <bpmn:process id="{id}" name="{id}" isExecutable="true">
            {body}
          </bpmn:process>
        </bpmn:definitions>
        """;
}
