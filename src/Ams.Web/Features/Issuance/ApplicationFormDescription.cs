using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ams.Web.Features.Issuance;

/// <summary>
/// Describes the multipart body of <c>POST /api/me/certificate-requests</c> in the OpenAPI document. The endpoint reads
/// the form itself (an <c>Accepts</c> filter would answer 415 before authorization answers 401), so the description is
/// added here: the product and one file field per document a product may ask for.
/// </summary>
public sealed class ApplicationFormDescription : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.HttpMethod != "POST" || context.Description.RelativePath?.TrimEnd('/') != "api/me/certificate-requests")
        {
            return Task.CompletedTask;
        }

        var fields = new Dictionary<string, IOpenApiSchema>
        {
            ["product"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The product's name, as GET /api/products lists it." },
        };
        foreach (var document in new[] { DocumentRequirement.IdCard, DocumentRequirement.RecommendationLetter })
        {
            fields[document.Key] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = $"{document.LabelEn}: PDF, JPEG or PNG, at most 5 MB." };
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Required = new HashSet<string> { "product" }, Properties = fields } },
            },
        };
        return Task.CompletedTask;
    }
}
