"""curl examples: ready to paste, signed where the API requires IAM."""

from components.curl import curl_command, invoke_url_examples
from components.openapi import Route


def test_signed_example_uses_sigv4_for_execute_api_in_the_region():
    examples = invoke_url_examples(
        "https://abc.execute-api.cn-north-1.amazonaws.com.cn/dev", [Route("/a")], region="cn-north-1", signed=True
    )
    assert examples == {
        "GET /a": (
            'curl -sS --aws-sigv4 aws:amz:cn-north-1:execute-api --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" '
            '-H "x-amz-security-token: $AWS_SESSION_TOKEN" https://abc.execute-api.cn-north-1.amazonaws.com.cn/dev/a'
        )
    }


def test_unsigned_example_fills_path_parameters_and_sets_the_method():
    examples = invoke_url_examples(
        "https://abc.execute-api.us-east-1.amazonaws.com/dev/",
        [Route("/items/{id}", "POST")],
        region="us-east-1",
        signed=False,
    )
    assert examples == {
        "POST /items/{id}": "curl -sS -X POST https://abc.execute-api.us-east-1.amazonaws.com/dev/items/example"
    }


def test_headers_are_quoted_for_the_shell():
    assert curl_command("https://h/x", headers=["Host: a.b"]) == "curl -sS -H 'Host: a.b' https://h/x"
