using System.Xml.Linq;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>The DMN namespaces read: 1.3 as Camunda Modeler writes it, and 1.1, 1.2, 1.4 and 1.5.</summary>
internal static class DmnNames
{
    public static readonly XNamespace Dmn13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private static readonly HashSet<string> Accepted = new(StringComparer.Ordinal)
    {
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
        "http://www.omg.org/spec/DMN/20180521/MODEL/",
        Dmn13.NamespaceName,
        "https://www.omg.org/spec/DMN/20211108/MODEL/",
        "https://www.omg.org/spec/DMN/20230324/MODEL/",
    };

    public static bool IsDmn(XNamespace ns) => Accepted.Contains(ns.NamespaceName);

    /// <summary>The DMN elements of <paramref name="parent"/>: diagram (DMNDI) and vendor elements are left out.</summary>
    public static IEnumerable<XElement> Children(XElement parent) => parent.Elements().Where(e => e.Name.Namespace == parent.Name.Namespace);

    public static XElement? Child(XElement parent, string localName) => parent.Element(parent.Name.Namespace + localName);

    public static string? Text(XElement? parent) =>
        parent is null ? null : Child(parent, "text")?.Value.Trim();
}
