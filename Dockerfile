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
# ReadyToRun: the server's own assemblies are compiled ahead of time, so a restarted node does not spend its first
# seconds JIT-compiling while partners push (measured cold-server ingest: 16-20k objects/s JIT-ed, 21k ReadyToRun;
# tests/TaxiiServer.Benchmarks, --server). TARGETARCH is set by docker buildx (amd64 or arm64).
ARG TARGETARCH=amd64
RUN RID=linux-$([ "$TARGETARCH" = "arm64" ] && echo arm64 || echo x64) \
    && dotnet restore src/TaxiiServer.Api/TaxiiServer.Api.csproj -r "$RID" -p:PublishReadyToRun=true
COPY src/ src/
COPY schemas/ schemas/
RUN RID=linux-$([ "$TARGETARCH" = "arm64" ] && echo arm64 || echo x64) \
    && dotnet publish src/TaxiiServer.Api/TaxiiServer.Api.csproj -c Release -r "$RID" --self-contained false \
       -p:PublishReadyToRun=true -o /app --no-restore

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
