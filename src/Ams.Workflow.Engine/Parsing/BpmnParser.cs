using System.Xml;
using System.Xml.Linq;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>
/// Reads BPMN 2.0 XML as Camunda Modeler writes it for Camunda 8 and validates it against the engine's subset.
/// Every problem is reported at once; a document type declaration or entity is refused before anything is read.
/// </summary>
public static class BpmnParser
{
    /// <summary>The largest document accepted, in characters.</summary>
    public const int MaxDocumentCharacters = 8 * 1024 * 1024;

    /// <summary>
    /// The deepest element nesting accepted: far above what a model needs (the deepest nesting of sub-processes plus
    /// extension elements stays under 100), far below what makes loading a document slow.
    /// </summary>
    public const int MaxXmlDepth = 256;

    /// <summary>The most flow elements (nodes and sequence flows) one model may have.</summary>
    public const int MaxFlowElements = 10_000;

    /// <summary>How deeply embedded sub-processes may nest.</summary>
    public const int MaxScopeDepth = 32;

    /// <summary>Parses and validates BPMN XML.</summary>
    public static BpmnParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new ProblemList();
        if (xml.Length > MaxDocumentCharacters)
        {
            problems.Error($"The document has {xml.Length:N0} characters; at most {MaxDocumentCharacters:N0} are accepted.");
            return new BpmnParseResult(null, problems.All);
        }

        var document = Load(xml, problems);
        if (document is null)
        {
            return new BpmnParseResult(null, problems.All);
        }

        var definitions = new DefinitionsReader(problems);
        var model = definitions.Read(document.Root!);
        if (model is not null)
        {
            ModelValidator.Validate(model, problems, definitions.NextToRefused);
        }

        return new BpmnParseResult(problems.HasErrors ? null : model, problems.All);
    }

    /// <summary>Loads XML safely (no DTD, no entities, bounded size and depth); shared with the DMN parser.</summary>
    internal static XDocument? Load(string xml, ProblemList problems)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxDocumentCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            // A first pass only measures the nesting, and stops at the first element too deep: a hostile document is
            // refused after reading MaxXmlDepth elements, before any tree is built.
            using (var scan = XmlReader.Create(new StringReader(xml), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxXmlDepth)
                    {
                        var position = (IXmlLineInfo)scan;
                        problems.Error($"The document nests elements deeper than {MaxXmlDepth} levels (line {position.LineNumber}, position {position.LinePosition}).");
                        return null;
                    }
                }
            }

            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            problems.Error($"The document is not accepted as XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}");
            return null;
        }
    }
}
