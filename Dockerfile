# syntax=docker/dockerfile:1
# Multi-stage build of the TAXII server on the official .NET images. Configuration comes from environment
# variables only (Taxii__Storage__Provider, Taxii__Storage__MongoDb__ConnectionString, ...; see README).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so the layer is reused while only sources change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TaxiiServer.Core/TaxiiServer.Core.csproj src/TaxiiServer.Core/
COPY src/TaxiiServer.Validation/TaxiiServer.Validation.csproj src/TaxiiServer.Validation/
COPY src/TaxiiServer.Application/TaxiiServer.Application.csproj src/TaxiiServer.Application/
COPY src/TaxiiServer.Storage.Sqlite/TaxiiServer.Storage.Sqlite.csproj src/TaxiiServer.Storage.Sqlite/
COPY src/TaxiiServer.Storage.MongoDb/TaxiiServer.Storage.MongoDb.csproj src/TaxiiServer.Storage.MongoDb/
COPY src/TaxiiServer.Api/TaxiiServer.Api.csproj src/TaxiiServer.Api/
RUN dotnet restore src/TaxiiServer.Api/TaxiiServer.Api.csproj
COPY src/ src/
COPY schemas/ schemas/
RUN dotnet publish src/TaxiiServer.Api/TaxiiServer.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
# The image's built-in non-root user.
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Taxii__Storage__Sqlite__Path=/data/taxii.db \
    DOTNET_gcServer=1
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "TaxiiServer.Api.dll"]
