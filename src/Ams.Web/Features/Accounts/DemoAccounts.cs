using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Features.Accounts;

/// <summary>The demo accounts of the Development environment, created once with the configured password.</summary>
public static class DemoAccounts
{
    /// <summary>Email, display name and role of each demo account.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role)> All =
    [
        ("admin@ams.test", "Administrator", Roles.Admin),
        ("op@ams.test", "Operator Satu", Roles.Verifier),
        ("op2@ams.test", "Operator Dua", Roles.Verifier),
        ("holder@ams.test", "Budi Santoso", Roles.Holder),
        ("holder2@ams.test", "Siti Rahayu", Roles.Holder),
    ];

    /// <summary>Creates the missing demo accounts.</summary>
    public static async Task EnsureAsync(UserManager<AmsUser> users, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        foreach (var (email, name, role) in All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AmsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
        }
    }
}
