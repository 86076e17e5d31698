using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Web.Migrations
{
    /// <inheritdoc />
    public partial class EnrollmentId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EnrollmentId",
                table: "ams_requests",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnrollmentId",
                table: "ams_requests");
        }
    }
}
