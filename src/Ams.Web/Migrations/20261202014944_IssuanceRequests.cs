using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ams.Web.Migrations
{
    /// <inheritdoc />
    public partial class IssuanceRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdentityNumber",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganizationalUnit",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Product",
                table: "ams_requests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "ams_requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ams_request_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ams_request_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ams_request_documents_ams_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ams_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ams_requests_open_per_product",
                table: "ams_requests",
                columns: new[] { "HolderId", "Product" },
                unique: true,
                filter: "\"Kind\" = 'issue' AND (\"Verification\" = 'pending' OR (\"Verification\" = 'approved' AND \"Enrollment\" IN ('none', 'pending')))");

            migrationBuilder.CreateIndex(
                name: "IX_ams_request_documents_RequestId_Number",
                table: "ams_request_documents",
                columns: new[] { "RequestId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ams_request_documents");

            migrationBuilder.DropIndex(
                name: "IX_ams_requests_open_per_product",
                table: "ams_requests");

            migrationBuilder.DropColumn(
                name: "IdentityNumber",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Organization",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OrganizationalUnit",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Product",
                table: "ams_requests");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "ams_requests");
        }
    }
}
