using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ams.Web.Pages.Shared;

/// <summary>
/// A message carried across a form's redirect (post/redirect/get): set by the post, shown once by the page it redirects
/// to (<c>_Notice</c>), so reloading that page neither posts again nor shows it again.
/// </summary>
public static class PageNotice
{
    /// <summary>The key of a success message.</summary>
    public const string Done = "notice";

    /// <summary>The key of a refusal.</summary>
    public const string Refused = "noticeRefused";

    /// <summary>Says on the next page that the form did its work.</summary>
    public static void Succeeded(ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Done] = message;
    }

    /// <summary>Says on the next page why the form was refused.</summary>
    public static void Failed(ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Refused] = message;
    }
}
