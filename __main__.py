"""apigw-private: API Gateway private integrations. See README.md."""

from program.main import main

main()
