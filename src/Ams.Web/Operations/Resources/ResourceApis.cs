using Ams.Web.Operations.Forms;

namespace Ams.Web.Operations.Resources;

/// <summary>The endpoints of the versioned resources: forms and mail templates.</summary>
public static class ResourceApis
{
    /// <summary>Maps <c>/api/forms</c> and <c>/api/mail-templates</c>.</summary>
    public static IEndpointRouteBuilder MapResourceApis(this IEndpointRouteBuilder routes) =>
        routes.MapFormsApi().MapMailTemplatesApi();
}
