using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Pki.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnrollmentReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "reference",
                table: "pki_enrollments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_pki_enrollments_reference",
                table: "pki_enrollments",
                column: "reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_pki_enrollments_reference",
                table: "pki_enrollments");

            migrationBuilder.DropColumn(
                name: "reference",
                table: "pki_enrollments");
        }
    }
}
