"""Stands in for the Pulumi engine towards the component package's plugin (provider/): starts the
plugin as the engine does (its own process, the engine's address as its argument, the port of its
gRPC server read from its stdout) and answers the plugin's calls back to the engine, its resource
monitor backed by the program's AWS mocks, so `Construct` registers real children offline."""

import subprocess
from concurrent import futures
from pathlib import Path
from typing import Any, Optional

import grpc
from google.protobuf import empty_pb2, struct_pb2
from pulumi.runtime.proto import (
    engine_pb2,
    engine_pb2_grpc,
    provider_pb2,
    provider_pb2_grpc,
    resource_pb2,
    resource_pb2_grpc,
)

from tooling.mocks import AwsMocks
from tooling.recorder import RecordingMonitor

PLUGIN = Path(__file__).resolve().parent.parent / "provider"
PROJECT, STACK = "apigw-private", "test"


class _Monitor(RecordingMonitor):
    """The mock monitor, with URNs of a fixed project and stack: it runs in the engine's place,
    outside any Pulumi program, so there are no program settings to read them from."""

    def make_urn(self, parent: str, type_: str, name: str) -> str:
        if parent:
            type_ = parent.split("::")[2].split("$")[-1] + "$" + type_
        return f"urn:pulumi:{STACK}::{PROJECT}::{type_}::{name}"


class _MonitorService(resource_pb2_grpc.ResourceMonitorServicer):
    def __init__(self, engine: "Engine"):
        self.engine = engine

    def GetDeploymentInfo(self, request, context):
        return self.engine.monitor.GetDeploymentInfo(request)

    def SupportsFeature(self, request, context):
        return resource_pb2.SupportsFeatureResponse(hasSupport=self.engine.monitor.SupportsFeature(request).hasSupport)

    def Invoke(self, request, context):
        return self.engine.monitor.Invoke(request)

    def RegisterResource(self, request, context):
        return self.engine.monitor.RegisterResource(request)

    def RegisterResourceOutputs(self, request, context):
        return self.engine.monitor.RegisterResourceOutputs(request)

    def RegisterPackage(self, request, context):
        return self.engine.monitor.RegisterPackage(request)

    def SignalAndWaitForShutdown(self, request, context):
        return empty_pb2.Empty()


class _EngineService(engine_pb2_grpc.EngineServicer):
    def Log(self, request, context):
        return empty_pb2.Empty()

    def GetRootResource(self, request, context):
        return engine_pb2.GetRootResourceResponse(urn="")

    def SetRootResource(self, request, context):
        return engine_pb2.SetRootResourceResponse()


class Engine:
    """The engine and its resource monitor on one local gRPC server, and the plugin it started."""

    def __init__(self, python: str):
        self.monitor = _Monitor(AwsMocks("us-east-1", STACK))
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        resource_pb2_grpc.add_ResourceMonitorServicer_to_server(_MonitorService(self), self.server)
        engine_pb2_grpc.add_EngineServicer_to_server(_EngineService(), self.server)
        self.address = f"127.0.0.1:{self.server.add_insecure_port('127.0.0.1:0')}"
        self.server.start()
        self.plugin = subprocess.Popen(
            [python, str(PLUGIN), self.address], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=PLUGIN
        )
        assert self.plugin.stdout is not None
        port = self.plugin.stdout.readline().decode().strip()
        self.provider = provider_pb2_grpc.ResourceProviderStub(grpc.insecure_channel(f"127.0.0.1:{port}"))

    def construct(
        self, region: str, typ: str, name: str, inputs: dict[str, Any], timeout: float = 60
    ) -> tuple[provider_pb2.ConstructResponse, list]:
        """Construct one component through the plugin against fresh mocks for `region`: its
        response and every registration the plugin made."""
        self.monitor = _Monitor(AwsMocks(region, STACK))
        properties = struct_pb2.Struct()
        properties.update(inputs)
        response = self.provider.Construct(
            provider_pb2.ConstructRequest(
                project=PROJECT,
                stack=STACK,
                type=f"apigw-private:index:{typ}",
                name=name,
                inputs=properties,
                monitorEndpoint=self.address,
            ),
            timeout=timeout,
        )
        return response, self.monitor.registrations

    def stop(self, grace: Optional[float] = None) -> None:
        self.plugin.kill()
        self.plugin.wait()
        self.server.stop(grace)
