using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Pages.Holder;

/// <summary><em>Status Permohonan</em>: the holder's requests, refreshing by itself while one is still open.</summary>
[Authorize(Policy = Roles.Holder)]
public sealed class RequestsModel(AmsDbContext db) : PageModel
{
    /// <summary>The rows, newest first.</summary>
    public IReadOnlyList<RequestView> Rows { get; private set; } = [];

    /// <summary>Whether a request still awaits its outcome.</summary>
    public bool AnyOpen { get; private set; }

    /// <summary>An approved issuance whose enrollment is the holder's to do: the row links to the enrollment page, which checks the task.</summary>
    public static bool AwaitsEnrollment(RequestView row) =>
        row.Kind == RequestKinds.Issue && row.Verification.Status == VerificationStates.Approved && row.Enrollment.Status == EnrollmentStates.Pending;

    /// <summary>
    /// What the enrollment cell says, so that none is left empty: while there is no enrollment yet, what it waits for
    /// (verification, or the enrollment itself once approved), or that it will not come after a rejection.
    /// </summary>
    public static string EnrollmentOf(RequestView row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Enrollment.Status != EnrollmentStates.None)
        {
            return "enrollmentStatus:" + row.Enrollment.Status;
        }

        return row.Verification.Status switch
        {
            VerificationStates.Pending => "verificationStatus:pending",
            VerificationStates.Approved => "enrollmentStatus:pending",
            _ => "enrollmentStatus:not-carried-out",
        };
    }

    /// <summary>Loads the caller's own requests.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var holder = Caller.Id(User);
        var requests = await db.Requests.AsNoTracking().Where(r => r.HolderId == holder).ToListAsync(cancellationToken);
        Rows = requests.OrderByDescending(r => r.CreatedAt).Select(RequestView.From).ToList();
        // Waiting for the holder's own enrollment changes nothing by itself: no refresh for it.
        AnyOpen = requests.Exists(r => r.IsOpen && !AwaitsEnrollment(RequestView.From(r)));
    }
}
